
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.category-options.days': `日`,
'notification-prefs.category-options.error.above-max': str`${0}以下を入力してください。`,
'notification-prefs.category-options.error.below-min': str`${0}以上を入力してください。`,
'notification-prefs.category-options.error.decimals': str`小数点以下は${0}桁までにしてください。`,
'notification-prefs.category-options.error.empty-amount': `金額を入力してください。`,
'notification-prefs.category-options.error.empty-days': `日数を入力してください。`,
'notification-prefs.category-options.error.negative': `負でない数を入力してください。`,
'notification-prefs.category-options.error.not-a-number': str`金額は数字で入力してください（例：${0}）。`,
'notification-prefs.category-options.error.whole-days': `日数は整数で入力してください。`,
'notification-prefs.category-options.frequency.daily': `毎日のまとめ`,
'notification-prefs.category-options.frequency.immediate': `すぐに`,
'notification-prefs.category-options.frequency.label': str`${0}の通知頻度`,
'notification-prefs.category-options.frequency.weekly': `毎週のまとめ`,
'notification-prefs.category-options.hint.balance-below': `残高がこの金額を下回ったら通知します。`,
'notification-prefs.category-options.hint.max': str`${0}以下。`,
'notification-prefs.category-options.hint.min': str`${0}以上。`,
'notification-prefs.category-options.hint.payment-due-days': `支払期日の何日前に通知するか。`,
'notification-prefs.category-options.hint.range': str`${0}から${1}まで。`,
'notification-prefs.category-options.hint.transaction-over': `この金額を超える取引を通知します。`,
'notification-prefs.category-options.threshold.label': str`${0}のしきい値`,
    };
  