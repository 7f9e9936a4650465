document.getElementById('support-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const summary = document.getElementById('error');
  // Multipart, so the documents travel with the request; the declaration is sent whether ticked or not, so that the
  // server names a missing one together with every other problem.
  const body = new FormData(form);
  body.set('declarationAccepted', String(form.elements.declarationAccepted.checked));
  try {
    const receipt = await portal.post('/api/public/support-requests', body);
    portal.clearProblems(form, summary);
    document.getElementById('request-number').textContent = receipt.requestNumber;
    document.getElementById('track-link').href = '/track.html?request=' + encodeURIComponent(receipt.requestNumber);
    form.hidden = true;
    portal.keepReceipt(document.getElementById('result'), receipt.requestNumber);
  } catch (error) {
    portal.showProblems(form, summary, error);
  }
});
