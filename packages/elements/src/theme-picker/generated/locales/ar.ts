
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'theme-picker.accent': `لون التمييز`,
'theme-picker.accent.adjusted': `معدّل لسهولة القراءة`,
'theme-picker.accent.announce': `لون التمييز {name}`,
'theme-picker.announce.applied': `تم تطبيق {what}`,
'theme-picker.announce.draft': `{what}: يظهر في المعاينة. اختر «تطبيق» لاستخدامه.`,
'theme-picker.apply': `تطبيق`,
'theme-picker.contrast': `تباين عالٍ`,
'theme-picker.contrast.off': `إيقاف`,
'theme-picker.contrast.off.announce': `تباين عادي`,
'theme-picker.contrast.on': `تشغيل`,
'theme-picker.contrast.on.announce': `تفعيل التباين العالي`,
'theme-picker.contrast.system.announce': `تباين الجهاز`,
'theme-picker.default-in-use': `تُستخدم السمة الافتراضية إلى أن تتم قراءة إعداداتك.`,
'theme-picker.default-theme': `السمة الافتراضية`,
'theme-picker.density': `الكثافة`,
'theme-picker.density.comfortable': `مريحة`,
'theme-picker.density.comfortable.announce': `كثافة مريحة`,
'theme-picker.density.compact': `مضغوطة`,
'theme-picker.density.compact.announce': `كثافة مضغوطة`,
'theme-picker.motion': `الحركة`,
'theme-picker.motion.full': `كاملة`,
'theme-picker.motion.full.announce': `الحركة الكاملة`,
'theme-picker.motion.reduce': `مخفّضة`,
'theme-picker.motion.reduce.announce': `الحركة المخفّضة`,
'theme-picker.motion.system.announce': `إعداد الحركة في الجهاز`,
'theme-picker.preview': `معاينة`,
'theme-picker.reset': `استعادة الإعدادات الافتراضية`,
'theme-picker.sample.button': `عرض الكشف`,
'theme-picker.sample.heading': `الحساب الجاري`,
'theme-picker.sample.text': `كشف حسابك لهذا الشهر جاهز.`,
'theme-picker.sample.toggle': `كشوف حساب إلكترونية`,
'theme-picker.scheme': `نظام الألوان`,
'theme-picker.scheme.dark': `داكن`,
'theme-picker.scheme.dark.announce': `السمة الداكنة`,
'theme-picker.scheme.light': `فاتح`,
'theme-picker.scheme.light.announce': `السمة الفاتحة`,
'theme-picker.scheme.system.announce': `نظام ألوان الجهاز`,
'theme-picker.system': `مثل النظام`,
'theme-picker.text-size': `حجم النص`,
'theme-picker.text-size.announce': `حجم النص {value}`,
    };
  