
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.cancel': `إلغاء`,
'core.config.missing-methods': `تنقص المحوّلَ هذه الدوال: {methods}.`,
'core.config.no-adapter': `لم يتم تحديد أي محوّل. عيّن الخاصية .adapter أو ضع الأداة داخل <prefs-provider>.`,
'core.config.title': `هذه الأداة غير مُعدّة`,
'core.conflict': `غيّر شخص ما هذه الإعدادات من مكان آخر. احتفظنا بتغييراته وأعدنا تطبيق تغييراتك حيث لم تتداخل معها.`,
'core.conflict.keep-mine': `استخدام تغييراتي`,
'core.conflict.keep-theirs': `الاحتفاظ بالتغييرات الأخرى`,
'core.discarded': `تم إلغاء التغييرات.`,
'core.dismiss': `تجاهل`,
'core.error.conflict': `تم تغيير هذه الإعدادات من مكان آخر.`,
'core.error.detail': `التفاصيل: {detail}`,
'core.error.field': `{field}: {reason}`,
'core.error.invalid-response': `أرسلت الخدمة إعدادات تعذّرت علينا قراءتها.`,
'core.error.network': `يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك وحاول مرة أخرى.`,
'core.error.not-found': `تعذّر العثور على هذه الإعدادات.`,
'core.error.rate-limited': `تغييرات كثيرة جدًا في وقت قصير. انتظر قليلًا ثم حاول مرة أخرى.`,
'core.error.reauth-required': `أكّد هويتك لإجراء هذا التغيير.`,
'core.error.timeout': `استغرقت الخدمة وقتًا طويلًا في الرد. حاول مرة أخرى.`,
'core.error.unauthorized': `انتهت جلستك. سجّل الدخول مرة أخرى لتغيير هذه الإعدادات.`,
'core.error.unavailable': `الخدمة غير متاحة حاليًا. حاول مرة أخرى لاحقًا.`,
'core.error.validation': `لم يتم قبول بعض هذه القيم.`,
'core.external-update': `تم التحديث بتغييرات أُجريت من مكان آخر.`,
'core.load-failed.title': `تعذّر تحميل هذه الإعدادات`,
'core.loading': `جارٍ تحميل الإعدادات…`,
'core.retry': `إعادة المحاولة`,
'core.retry-after.relative': `يمكنك المحاولة مرة أخرى {when}.`,
'core.retry-after.time': `يمكنك المحاولة مرة أخرى بعد {time}.`,
'core.retry-scheduled': `سنحاول مرة أخرى تلقائيًا حينها.`,
'core.save': `حفظ`,
'core.save-failed': `لم يُحفظ تغييرك وتم التراجع عنه. {reason}`,
'core.saved': `تم الحفظ`,
'core.saving': `جارٍ الحفظ…`,
'core.unsaved': `لديك تغييرات غير محفوظة.`,
    };
  