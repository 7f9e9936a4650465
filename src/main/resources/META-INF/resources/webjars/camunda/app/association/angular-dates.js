/*
 * Moment takes its Arabic month and day names from each app's locales/ar.json; AngularJS, which draws the date
 * pickers, takes them from $locale, which Camunda ships in English only. Camunda imports this module as a custom
 * script (see configure() in webapps.js), after AngularJS is loaded and before the app starts.
 */
import { locale } from './webapps.js';

const ARABIC_DATES = {
  MONTH: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  SHORTMONTH: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر',
    'ديسمبر'],
  DAY: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  SHORTDAY: ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت'],
  AMPMS: ['ص', 'م']
};

if (locale === 'ar' && window.angular) {
  window.angular.module('ng').config(['$provide', ($provide) => {
    $provide.decorator('$locale', ['$delegate', ($locale) => {
      Object.assign($locale.DATETIME_FORMATS, ARABIC_DATES);
      return $locale;
    }]);
  }]);
}
