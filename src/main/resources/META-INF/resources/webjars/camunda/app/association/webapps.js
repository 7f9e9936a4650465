/*
 * What the association changes in Camunda's Tasklist, Cockpit, Admin and Welcome: Arabic first, right to left,
 * the association's name in the header, and a switch to English. Each app's scripts/config.js imports this module,
 * so it runs before the app starts; Camunda then chooses the locale from navigator.languages.
 */

const LOCALES = ['ar', 'en'];
const DEFAULT_LOCALE = 'ar';
const STORAGE_KEY = 'association.locale';

const APP_NAMES = {
  ar: { tasklist: 'المهام', cockpit: 'المراقبة', admin: 'الإدارة', welcome: 'الصفحة الرئيسية' },
  en: { tasklist: 'Tasklist', cockpit: 'Cockpit', admin: 'Admin', welcome: 'Welcome' }
};

const SWITCH_LABELS = { ar: 'English', en: 'العربية' };
const SWITCH_TITLES = { ar: 'Switch to English', en: 'التحويل إلى العربية' };

/** The locale the user chose last time, Arabic until they choose English. */
export const locale = chosenLocale();

function chosenLocale() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LOCALES.includes(stored) ? stored : DEFAULT_LOCALE;
  } catch (e) {
    return DEFAULT_LOCALE;
  }
}

// Camunda takes the browser's first language when it offers that locale, and the fallback otherwise. Presenting
// the user's choice as that first language makes Arabic the default whatever the browser's own language is.
Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => [locale] });
Object.defineProperty(window.navigator, 'language', { configurable: true, get: () => locale });

document.documentElement.lang = locale;
document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';

const organization = await loadOrganization();

async function loadOrganization() {
  try {
    const response = await fetch(new URL('../../../api/public/organization', import.meta.url), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    });
    return response.ok ? await response.json() : {};
  } catch (e) {
    return {};
  }
}

function organizationName() {
  const name = locale === 'ar' ? organization.name : organization.nameEn;
  return name || organization.name || '';
}

/**
 * Dates as staff read them: the weekday and the month by name, a 24-hour clock, no abbreviations.
 * The month and day names come from the active locale file.
 */
const DATE_FORMAT = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'D MMM YYYY HH:mm',
  normal: 'dddd D MMMM YYYY HH:mm',
  long: 'dddd D MMMM YYYY HH:mm',
  short: 'D MMMM YYYY'
};

/** The configuration one app's config.js exports: the shared settings plus what is particular to that app. */
export function configure(app, particular = {}) {
  return {
    // Camunda shows "vendor name" in the header and the window title.
    app: { vendor: organizationName(), name: `· ${APP_NAMES[locale][app]}` },
    locales: { availableLocales: LOCALES, fallbackLocale: DEFAULT_LOCALE },
    dateFormat: DATE_FORMAT,
    ...particular
  };
}

function addLanguageSwitch() {
  const other = LOCALES.find((candidate) => candidate !== locale);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'association-language-switch';
  button.lang = other;
  button.textContent = SWITCH_LABELS[locale];
  button.title = SWITCH_TITLES[locale];
  button.addEventListener('click', () => {
    window.localStorage.setItem(STORAGE_KEY, other);
    window.location.reload();
  });
  document.body.appendChild(button);
}

/*
 * Camunda Forms (form-js 1.8) write their validation messages in English and offer no way to translate them.
 * In Arabic, each message is replaced as it appears.
 */
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'هذا الحقل مطلوب.'],
  [/^Field must be a valid email\.$/, () => 'أدخل بريدًا إلكترونيًا صحيحًا.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'أدخل رقم هاتف دوليًا صحيحًا (مثل ‎+966500000000).'],
  [/^Field must match pattern (.*)\.$/, () => 'القيمة لا تطابق الصيغة المطلوبة.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `أدخل ${m[1]} حرفًا على الأقل.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `أدخل ${m[1]} حرفًا على الأكثر.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `أقل قيمة مسموحة ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `أكبر قيمة مسموحة ${m[1]}.`],
  [/^Value is not a number\.$/, () => 'القيمة ليست رقمًا.'],
  [/^Value is expected to be an integer\.$/, () => 'يجب أن تكون القيمة عددًا صحيحًا.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `يُسمح بـ ${m[1]} منزلة عشرية على الأكثر.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `اختر قيمة صحيحة؛ أقرب قيمتين صحيحتين هما ${m[1]} و${m[2]}.`]
];

export function translateFormMessage(text) {
  for (const [pattern, arabic] of FORM_MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return arabic(match);
    }
  }
  return text;
}

// The text node itself is changed, not replaced: Preact keeps a reference to it and updates it in place.
function translateFormMessages(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    item.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const translated = translateFormMessage(node.data);
        if (translated !== node.data) {
          node.data = translated;
        }
      }
    });
  });
}

function whenReady(action) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', action, { once: true });
  } else {
    action();
  }
}

whenReady(() => {
  addLanguageSwitch();
  if (locale === 'ar') {
    new MutationObserver(() => translateFormMessages(document.body))
      .observe(document.body, { childList: true, subtree: true, characterData: true });
  }
});
