document.getElementById('survey-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const token = new URLSearchParams(location.search).get('token') || '';
  try {
    await portal.post('/api/public/surveys/' + encodeURIComponent(token),
      { score: Number(form.get('score')), comment: form.get('comment') });
    event.target.hidden = true;
    document.getElementById('thanks').hidden = false;
  } catch (error) {
    portal.showError(document.getElementById('error'), error);
  }
});
