document.getElementById('report-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const summary = document.getElementById('error');
  try {
    const receipt = await portal.post('/api/public/reports', new FormData(form));
    portal.clearProblems(form, summary);
    document.getElementById('report-number').textContent = receipt.reportNumber;
    document.getElementById('access-code').textContent = receipt.accessCode;
    // The number only: the code never travels in an address.
    document.getElementById('track-link').href = '/track.html?report=' + encodeURIComponent(receipt.reportNumber);
    form.hidden = true;
    document.querySelector('main > .intro').hidden = true;
    portal.keepReceipt(document.getElementById('result'), receipt.accessCode);
  } catch (error) {
    portal.showProblems(form, summary, error);
  }
});
