package sa.nonprofit.hail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx in the foreground, run by the test as an operator's proxy runs: with the compose setup's own
 * {@code deploy/nginx/association.conf}, of which only the two upstream nodes and the two listen ports are changed
 * (to local ones). A self-signed certificate for localhost comes from openssl. Skipped, with the reason, where nginx is
 * not installed, unless {@code CLUSTER_PROXY_TESTS_REQUIRED=true} (CI), where that fails the test.
 */
public final class ReverseProxy implements AutoCloseable {

	static final Path NGINX = Path.of("/usr/sbin/nginx");

	static final Path OPENSSL = Path.of("/usr/bin/openssl");

	/** The compose setup's configuration: one source of truth for the proxy. */
	public static final Path CONFIGURATION = Path.of("deploy", "nginx", "association.conf");

	private final Process process;

	private final Path directory;

	private final int httpsPort;

	private ReverseProxy(Process process, Path directory, int httpsPort) {
		this.process = process;
		this.directory = directory;
		this.httpsPort = httpsPort;
	}

	/** Skips the calling test where nginx or openssl is missing, or fails it where CI requires them. */
	public static void assumeInstalled() {
		boolean installed = Files.isExecutable(NGINX) && Files.isExecutable(OPENSSL);
		String missing = "Reverse proxy tests need Debian's nginx and openssl: sudo apt-get install -y nginx openssl";
		if ("true".equals(System.getenv("CLUSTER_PROXY_TESTS_REQUIRED")) && !installed) {
			throw new IllegalStateException(missing);
		}
		Assumptions.assumeTrue(installed, missing);
	}

	/** Starts nginx in front of two local nodes and waits until it accepts connections. */
	public static ReverseProxy start(String name, int firstNodePort, int secondNodePort) throws Exception {
		Path directory = Files.createDirectories(Path.of("target", "reverse-proxy", name).toAbsolutePath());
		Path tls = Files.createDirectories(directory.resolve("tls"));
		run(List.of(OPENSSL.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
				"/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout",
				tls.resolve("privkey.pem").toString(), "-out", tls.resolve("fullchain.pem").toString()), directory);
		int httpPort = freePort();
		int httpsPort = freePort();
		String site = Files.readString(CONFIGURATION);
		site = replaceOnce(site, "server app1:8080 ", "server 127.0.0.1:" + firstNodePort + " ");
		site = replaceOnce(site, "server app2:8080 ", "server 127.0.0.1:" + secondNodePort + " ");
		site = replaceOnce(site, "listen 80;", "listen 127.0.0.1:" + httpPort + ";");
		site = replaceOnce(site, "listen 443 ssl;", "listen 127.0.0.1:" + httpsPort + " ssl;");
		Files.writeString(directory.resolve("association.conf"), site);
		Path temp = directory.resolve("temp");
		Files.writeString(directory.resolve("nginx.conf"), """
				# As the nginx image's own nginx.conf: the site's file is included inside http.
				worker_processes 1;
				events { worker_connections 256; }
				http {
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    include association.conf;
				}
				""".formatted(temp));
		Files.createDirectories(temp);
		Path accessLog = directory.resolve("access.log");
		Files.deleteIfExists(accessLog);
		// The site logs to /dev/stdout, as in the container: here that is the access log file.
		Process process = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-e",
				directory.resolve("error.log").toString(), "-c", directory.resolve("nginx.conf").toString(), "-g",
				"daemon off; pid " + directory.resolve("nginx.pid") + ";")
			.redirectOutput(ProcessBuilder.Redirect.appendTo(accessLog.toFile()))
			.redirectError(ProcessBuilder.Redirect.appendTo(directory.resolve("stderr.log").toFile()))
			.start();
		ReverseProxy proxy = new ReverseProxy(process, directory, httpsPort);
		proxy.awaitListening(Duration.ofSeconds(20));
		return proxy;
	}

	public int httpsPort() {
		return this.httpsPort;
	}

	/** The site's certificate, for a client that trusts it and nothing else. */
	public Path certificate() {
		return this.directory.resolve("tls").resolve("fullchain.pem");
	}

	/** The access log's lines so far (format {@code association} of the configuration). */
	public List<String> accessLog() {
		try {
			return Files.readAllLines(this.directory.resolve("access.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private void awaitListening(Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx ended: " + Files.readString(this.directory.resolve("error.log")));
			}
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.httpsPort)) {
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not listen within " + timeout);
	}

	private static String replaceOnce(String text, String from, String to) {
		int at = text.indexOf(from);
		if (at < 0 || text.indexOf(from, at + 1) >= 0) {
			throw new IllegalStateException(CONFIGURATION + " must hold '" + from + "' exactly once");
		}
		return text.replace(from, to);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolve("openssl.log").toFile())
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("openssl failed: " + Files.readString(directory.resolve("openssl.log")));
		}
	}

}
