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
    // Camunda shows "vendor name" in the header and the window title, and the name alone on the sign-in page:
    // the separator belongs to the vendor, so the sign-in page reads "المهام", not "· المهام".
    app: { vendor: organizationName() ? `${organizationName()} ·` : '', name: APP_NAMES[locale][app] },
    locales: { availableLocales: LOCALES, fallbackLocale: DEFAULT_LOCALE },
    dateFormat: DATE_FORMAT,
    // Camunda imports custom scripts once AngularJS is loaded and before the app starts.
    customScripts: ['../association/angular-dates.js'],
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
  [/^Field must have minimum length of (\d+)\.$/, (m) => `يلزم ألا يقل عدد الأحرف عن ${m[1]}.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `يلزم ألا يزيد عدد الأحرف على ${m[1]}.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `أقل قيمة مسموحة ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `أكبر قيمة مسموحة ${m[1]}.`],
  [/^Value is not a number\.$/, () => 'القيمة ليست رقمًا.'],
  [/^Value is expected to be an integer\.$/, () => 'يجب أن تكون القيمة عددًا صحيحًا.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `أقصى عدد من المنازل العشرية: ${m[1]}.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `اختر قيمة صحيحة؛ أقرب قيمتين صحيحتين هما ${m[1]} و${m[2]}.`]
];

/* A select with nothing chosen says "Select" (form-js writes it in the code); a read-only one has nothing to choose. */
const SELECT_PLACEHOLDER = 'Select';
const CHOOSE = 'اختر';
const NOTHING = '—';

function translateSelectPlaceholder(node) {
  if (node.data.trim() !== SELECT_PLACEHOLDER) {
    return node.data;
  }
  return node.parentElement.closest('.fjs-readonly') ? NOTHING : CHOOSE;
}

function translateFormMessage(text) {
  for (const [pattern, arabic] of FORM_MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return arabic(match);
    }
  }
  return text;
}

/*
 * Moment's Arabic counts come from the locale file, which holds one word per unit ("%d يوم"). Arabic agrees the
 * noun with the number: يومين، 5 أيام، 14 يومًا. A text that is only such a count ("بعد 14 يوم", "1825 يوم") is
 * corrected as it appears; longer texts, such as what users typed, are left as they are.
 */
const COUNTED = {
  'يوم': { one: 'يوم واحد', two: 'يومين', few: 'أيام', many: 'يومًا' },
  'ساعة': { one: 'ساعة واحدة', two: 'ساعتين', few: 'ساعات', many: 'ساعة' },
  'دقيقة': { one: 'دقيقة واحدة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' },
  'شهر': { one: 'شهر واحد', two: 'شهرين', few: 'أشهر', many: 'شهرًا' },
  'سنة': { one: 'سنة واحدة', two: 'سنتين', few: 'سنوات', many: 'سنة' }
};
const COUNT = /^(\s*(?:(?:بعد|منذ) )?)(\d+) (يوم|ساعة|دقيقة|شهر|سنة)(\s*)$/;

function agreeCounts(text) {
  return text.replace(COUNT, (match, before, digits, unit, after) => `${before}${counted(Number(digits), unit)}${after}`);
}

function counted(number, unit) {
  const forms = COUNTED[unit];
  const lastTwo = number % 100;
  if (number === 1) {
    return forms.one;
  }
  if (number === 2) {
    return forms.two;
  }
  if (lastTwo >= 3 && lastTwo <= 10) {
    return `${number} ${forms.few}`;
  }
  if (lastTwo >= 11) {
    return `${number} ${forms.many}`;
  }
  return `${number} ${unit}`;
}

// A text node is changed in place, never replaced: Angular and Preact keep references to the nodes they render.
function arabicText(node) {
  let text = node.data;
  if (node.parentElement && node.parentElement.closest('.fjs-form-field-error')) {
    text = translateFormMessage(text);
  }
  if (node.parentElement && node.parentElement.classList.contains('fjs-select-display')) {
    text = translateSelectPlaceholder(node);
  }
  text = agreeCounts(text);
  if (text !== node.data) {
    node.data = text;
  }
}

function visit(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    arabicText(root);
  } else if (root.nodeType === Node.ELEMENT_NODE) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      arabicText(node);
    }
  }
}

function whenReady(action) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', action, { once: true });
  } else {
    action();
  }
}

/*
 * Tasklist answers a form with a missing required answer with "an error happened while submitting the task form",
 * a notification that also outlives the task. What the user must do is said instead, beside the complete button,
 * and the notification goes as soon as no field is in error any more (fixed, completed or another task opened).
 */
const INCOMPLETE = { ar: 'أكمل الحقول المطلوبة', en: 'Complete the required fields' };
const INCOMPLETE_CLASS = 'association-form-incomplete';

function formHasErrors() {
  return Array.from(document.querySelectorAll('.fjs-form .fjs-form-field-error'))
    .some((error) => error.textContent.trim() !== '');
}

// While a field shows an error the form was never sent: an error notification then can only be that refusal.
function submissionErrors() {
  return Array.from(document.querySelectorAll('.notifications .alert-danger, .notifications .alert-error'));
}

function explainIncompleteForm() {
  const errors = formHasErrors();
  if (errors) {
    submissionErrors().forEach((alert) => {
      // uib-alert draws a close button of its own, hidden and unbound; Camunda's removes the notification.
      const close = alert.querySelector('button.close[ng-click^="removeNotification"]');
      if (close) {
        // outside the digest that drew the notification
        setTimeout(() => close.click());
      }
    });
  }
  document.querySelectorAll(`.${INCOMPLETE_CLASS}`).forEach((notice) => {
    if (!errors) {
      notice.remove();
    }
  });
  const form = document.querySelector('.fjs-form');
  if (errors && form && !form.parentElement.querySelector(`.${INCOMPLETE_CLASS}`)) {
    const notice = document.createElement('p');
    notice.className = INCOMPLETE_CLASS;
    notice.setAttribute('role', 'alert');
    notice.textContent = INCOMPLETE[locale];
    form.insertAdjacentElement('afterend', notice);
    const first = form.querySelector('.fjs-has-errors');
    if (first) {
      first.scrollIntoView({ block: 'center' });
    }
  }
}

let explaining = false;

function watchForms() {
  new MutationObserver(() => {
    if (explaining) {
      return;
    }
    explaining = true;
    try {
      explainIncompleteForm();
    } finally {
      explaining = false;
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

whenReady(() => {
  addLanguageSwitch();
  watchForms();
  if (locale === 'ar') {
    visit(document.body);
    new MutationObserver((records) => records.forEach((record) => {
      if (record.type === 'characterData') {
        visit(record.target);
      } else {
        record.addedNodes.forEach(visit);
      }
    })).observe(document.body, { childList: true, subtree: true, characterData: true });
  }
});
