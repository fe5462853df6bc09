
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.category-options.days': `أيام`,
'notification-prefs.category-options.error.above-max': str`أدخل ${0} أو أقل.`,
'notification-prefs.category-options.error.below-min': str`أدخل ${0} أو أكثر.`,
'notification-prefs.category-options.error.decimals': str`استخدم ${0} منازل عشرية على الأكثر.`,
'notification-prefs.category-options.error.empty-amount': `أدخل مبلغًا.`,
'notification-prefs.category-options.error.empty-days': `أدخل عدد الأيام.`,
'notification-prefs.category-options.error.negative': `أدخل رقمًا غير سالب.`,
'notification-prefs.category-options.error.not-a-number': str`أدخل المبلغ كرقم، مثل ${0}.`,
'notification-prefs.category-options.error.whole-days': `أدخل عددًا صحيحًا من الأيام.`,
'notification-prefs.category-options.frequency.daily': `ملخص يومي`,
'notification-prefs.category-options.frequency.immediate': `فورًا`,
'notification-prefs.category-options.frequency.label': str`عدد مرات الإرسال لـ ${0}`,
'notification-prefs.category-options.frequency.weekly': `ملخص أسبوعي`,
'notification-prefs.category-options.hint.balance-below': `نبّهني عندما ينخفض رصيدي عن هذا المبلغ.`,
'notification-prefs.category-options.hint.max': str`${0} على الأكثر.`,
'notification-prefs.category-options.hint.min': str`${0} على الأقل.`,
'notification-prefs.category-options.hint.payment-due-days': `كم يومًا قبل موعد استحقاق الدفعة أريد التذكير.`,
'notification-prefs.category-options.hint.range': str`من ${0} إلى ${1}.`,
'notification-prefs.category-options.hint.transaction-over': `نبّهني بالمعاملات التي تتجاوز هذا المبلغ.`,
'notification-prefs.category-options.threshold.label': str`الحد الخاص بـ ${0}`,
'notification-prefs.marketing.announce-granted': `تم السماح بالتسويق. لم تُفعَّل أي قناة: اختر القنوات التي تريدها.`,
'notification-prefs.marketing.announce-withdrawn': `تم إيقاف التسويق على جميع القنوات.`,
'notification-prefs.marketing.hint-off': `تشغيل هذا الخيار لا يفعّل أي قناة تسويقية: أنت تختار القنوات التي تريدها.`,
'notification-prefs.marketing.hint-on': `إيقاف هذا الخيار يوقف التسويق عبر جميع القنوات دفعة واحدة.`,
'notification-prefs.marketing.status-granted': str`وافقت في ${0}.`,
'notification-prefs.marketing.status-none': `لم يُسجَّل أي اختيار بعد.`,
'notification-prefs.marketing.status-withdrawn': str`سحبت موافقتك في ${0}.`,
'notification-prefs.marketing.switch': `تلقي الرسائل التسويقية`,
'notification-prefs.marketing.title': `التسويق`,
'notification-prefs.pause.announce-paused': str`تم إيقاف الإشعارات مؤقتًا حتى ${0}.`,
'notification-prefs.pause.announce-resumed': `تم استئناف الإشعارات.`,
'notification-prefs.pause.description': `أوقف مؤقتًا كل ما ليس ضروريًا.`,
'notification-prefs.pause.error.no-date': `اختر تاريخًا.`,
'notification-prefs.pause.error.past': `اختر تاريخًا بعد اليوم.`,
'notification-prefs.pause.essentials': str`تُرسل حتى أثناء الإيقاف المؤقت: ${0}.`,
'notification-prefs.pause.for-a-day': `إيقاف مؤقت ليوم واحد`,
'notification-prefs.pause.for-a-week': `إيقاف مؤقت لأسبوع`,
'notification-prefs.pause.paused-until': str`متوقفة مؤقتًا حتى ${0}`,
'notification-prefs.pause.resume': `استئناف الإشعارات`,
'notification-prefs.pause.title': `إيقاف الإشعارات مؤقتًا`,
'notification-prefs.pause.until-label': `حتى تاريخ محدد`,
'notification-prefs.pause.until-submit': `إيقاف مؤقت حتى هذا التاريخ`,
'notification-prefs.quiet-hours.allow-critical': `السماح بمرور التنبيهات الحرجة`,
'notification-prefs.quiet-hours.announce-off': `تم إيقاف ساعات الهدوء.`,
'notification-prefs.quiet-hours.announce-on': `تم تشغيل ساعات الهدوء.`,
'notification-prefs.quiet-hours.critical-list': str`التنبيهات الحرجة: ${0}.`,
'notification-prefs.quiet-hours.description': `خلال ساعات الهدوء، تنتظر الإشعارات وتصل عند انتهائها.`,
'notification-prefs.quiet-hours.enabled': `استخدام ساعات الهدوء`,
'notification-prefs.quiet-hours.end': `حتى`,
'notification-prefs.quiet-hours.error.same': `لا يمكن أن تبدأ ساعات الهدوء وتنتهي في الوقت نفسه.`,
'notification-prefs.quiet-hours.error.time': `أدخل وقتًا، مثل 22:00.`,
'notification-prefs.quiet-hours.error.time-zone': `أدخل منطقة زمنية مثل Europe/Paris أو America/New_York.`,
'notification-prefs.quiet-hours.overnight': `تمتد ساعات الهدوء طوال الليل وتنتهي في اليوم التالي.`,
'notification-prefs.quiet-hours.start': `من`,
'notification-prefs.quiet-hours.time-zone': `المنطقة الزمنية`,
'notification-prefs.quiet-hours.title': `ساعات الهدوء`,
    };
  