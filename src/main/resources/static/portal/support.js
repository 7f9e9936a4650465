document.getElementById('support-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = Object.fromEntries(['applicantName', 'nationalId', 'mobile', 'email', 'supportType', 'requestDetails']
    .map((name) => [name, form.get(name)]));
  body.declarationAccepted = form.get('declarationAccepted') === 'on';
  try {
    const receipt = await portal.post('/api/public/support-requests', body);
    document.getElementById('request-number').textContent = receipt.requestNumber;
    event.target.hidden = true;
    document.getElementById('result').hidden = false;
  } catch (error) {
    portal.showError(document.getElementById('error'), error);
  }
});
