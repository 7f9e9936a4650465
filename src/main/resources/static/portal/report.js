document.getElementById('report-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const receipt = await portal.post('/api/public/reports', new FormData(event.target));
    document.getElementById('report-number').textContent = receipt.reportNumber;
    document.getElementById('access-code').textContent = receipt.accessCode;
    event.target.hidden = true;
    document.getElementById('result').hidden = false;
  } catch (error) {
    portal.showError(document.getElementById('error'), error);
  }
});
