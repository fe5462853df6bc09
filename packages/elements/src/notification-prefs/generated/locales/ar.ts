
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.cell.name': str`${0} لـ ${1}`,
'notification-prefs.cell.not-available': `غير متاح`,
'notification-prefs.column.all': `كل القنوات`,
'notification-prefs.column.category': `الإشعار`,
'notification-prefs.column.name': str`${0} لكل الإشعارات`,
'notification-prefs.confirm.keep': `إبقاؤها مفعّلة`,
'notification-prefs.confirm.ok': `إيقاف`,
'notification-prefs.confirm.text': `تساعد هذه التنبيهات على حماية حسابك. بدونها قد لا تعلم بعمليات لم تقم بها.`,
'notification-prefs.confirm.title': str`هل تريد إيقاف ${0}؟`,
'notification-prefs.confirm.title-many': `هل تريد إيقاف تنبيهات الأمان؟`,
'notification-prefs.done': `تم`,
'notification-prefs.empty.text': `لا توجد إعدادات إشعارات لحسابك بعد.`,
'notification-prefs.empty.title': `لا توجد إشعارات لضبطها`,
'notification-prefs.filter.label': `تصفية الإشعارات`,
'notification-prefs.filter.matches': str`${0} من أصل ${1} إشعارًا مطابقة`,
'notification-prefs.filter.none': `لا توجد إشعارات مطابقة لعامل التصفية.`,
'notification-prefs.grid.label': `إعدادات الإشعارات`,
'notification-prefs.marketing-locked': `متوقف لأنك رفضت الرسائل التسويقية.`,
'notification-prefs.needs-setup': `يحتاج إلى إعداد`,
'notification-prefs.needs.device': str`تحتاج ${0} إلى جهاز مسجَّل.`,
'notification-prefs.needs.email': str`تحتاج ${0} إلى عنوان بريد إلكتروني موثَّق.`,
'notification-prefs.needs.other': str`لم يتم إعداد ${0} بعد.`,
'notification-prefs.needs.phone': str`تحتاج ${0} إلى رقم هاتف موثَّق.`,
'notification-prefs.needs.postal': str`تحتاج ${0} إلى عنوان بريدي.`,
'notification-prefs.options': `خيارات`,
'notification-prefs.options.name': str`خيارات ${0}`,
'notification-prefs.required': str`مفعّل دائمًا: ${0}`,
'notification-prefs.row.name': str`كل القنوات لـ ${0}`,
'notification-prefs.section.count': str`${0} من ${1} مفعّلة`,
'notification-prefs.verify.device': `تسجيل جهاز`,
'notification-prefs.verify.done': str`أصبحت ${0} جاهزة للاستخدام.`,
'notification-prefs.verify.email': `توثيق البريد الإلكتروني`,
'notification-prefs.verify.other': `إعداد`,
'notification-prefs.verify.pending': `أكمل الخطوة ثم عد إلى هنا.`,
'notification-prefs.verify.phone': `توثيق رقم الهاتف`,
'notification-prefs.verify.postal': `إضافة عنوان بريدي`,
'notification-prefs.verify.unavailable': `لا يمكن بدء هذه الخطوة من هنا. تواصل معنا لإعدادها.`,
    };
  