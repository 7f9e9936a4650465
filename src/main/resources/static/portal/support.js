document.getElementById('support-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  // Multipart, so the documents travel with the request; the declaration is sent whether ticked or not.
  const body = new FormData(event.target);
  body.set('declarationAccepted', String(event.target.elements.declarationAccepted.checked));
  try {
    const receipt = await portal.post('/api/public/support-requests', body);
    document.getElementById('request-number').textContent = receipt.requestNumber;
    event.target.hidden = true;
    document.getElementById('result').hidden = false;
  } catch (error) {
    portal.showError(document.getElementById('error'), error);
  }
});
