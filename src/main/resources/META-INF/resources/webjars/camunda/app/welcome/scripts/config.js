// The association's settings for Camunda Welcome: Arabic first (see ../../association/webapps.js).
import { configure } from '../../association/webapps.js';
import { locale } from '../../association/webapps.js';

/** The association's own staff pages, each linked for whoever the application lets open it. */
const STAFF_PAGES = [
  {
    href: '/kpi/',
    ar: { label: 'مؤشرات جودة الخدمة', description: 'المواعيد المنجزة والمتأخرة، القنوات، رضا المستفيدين' },
    en: { label: 'Service quality figures', description: 'Deadlines met and missed, channels, satisfaction' }
  },
  {
    href: '/admin/holidays.html',
    ar: { label: 'جدول الإجازات الرسمية', description: 'أيام العطل التي لا تُحسب في مواعيد أيام العمل' },
    en: { label: 'Public holidays', description: 'The days off that working-day deadlines skip' }
  }
];

// Camunda's Welcome reads this very array on every digest: links are added once the user's access is known.
const links = [];

async function addTheLinksTheUserMayOpen() {
  const open = await Promise.all(STAFF_PAGES.map(async (page) => {
    try {
      const response = await fetch(page.href, { credentials: 'same-origin', redirect: 'manual' });
      return response.status === 200;
    } catch (e) {
      return false;
    }
  }));
  STAFF_PAGES.forEach((page, index) => {
    if (open[index] && !links.some((link) => link.href === page.href)) {
      links.push({ href: page.href, ...page[locale] });
    }
  });
  const root = window.angular && window.angular.element(document.querySelector('.ng-scope'));
  const injector = root && root.injector();
  if (injector) {
    injector.get('$rootScope').$applyAsync();
  }
}

addTheLinksTheUserMayOpen();
// Signing in happens inside the page: ask again when it moves on from the sign-in form.
window.addEventListener('hashchange', addTheLinksTheUserMayOpen);

export default configure('welcome', { links });
