
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
'notification-prefs.marketing.announce-granted': `マーケティングを許可しました。チャネルはオンになっていません。希望するチャネルを選んでください。`,
'notification-prefs.marketing.announce-withdrawn': `すべてのチャネルでマーケティングをオフにしました。`,
'notification-prefs.marketing.hint-off': `オンにしても、マーケティングのチャネルは自動ではオンになりません。希望するチャネルを選んでください。`,
'notification-prefs.marketing.hint-on': `オフにすると、すべてのチャネルでマーケティングが一度に停止します。`,
'notification-prefs.marketing.status-granted': str`${0}に同意しました。`,
'notification-prefs.marketing.status-none': `まだ選択は記録されていません。`,
'notification-prefs.marketing.status-withdrawn': str`${0}に同意を取り消しました。`,
'notification-prefs.marketing.switch': `マーケティングメッセージを受け取る`,
'notification-prefs.marketing.title': `マーケティング`,
'notification-prefs.pause.announce-paused': str`${0}まで通知を一時停止しました。`,
'notification-prefs.pause.announce-resumed': `通知を再開しました。`,
'notification-prefs.pause.description': `重要でない通知をすべて一時停止します。`,
'notification-prefs.pause.error.no-date': `日付を選んでください。`,
'notification-prefs.pause.error.past': `明日以降の日付を選んでください。`,
'notification-prefs.pause.essentials': str`一時停止中も送信されます：${0}。`,
'notification-prefs.pause.for-a-day': `1日間停止`,
'notification-prefs.pause.for-a-week': `1週間停止`,
'notification-prefs.pause.paused-until': str`${0}まで一時停止中`,
'notification-prefs.pause.resume': `通知を再開`,
'notification-prefs.pause.title': `通知を一時停止`,
'notification-prefs.pause.until-label': `指定日まで`,
'notification-prefs.pause.until-submit': `この日まで停止`,
'notification-prefs.quiet-hours.allow-critical': `重要なアラートは通知する`,
'notification-prefs.quiet-hours.announce-off': `おやすみ時間をオフにしました。`,
'notification-prefs.quiet-hours.announce-on': `おやすみ時間をオンにしました。`,
'notification-prefs.quiet-hours.critical-list': str`重要なアラート：${0}。`,
'notification-prefs.quiet-hours.description': `おやすみ時間中の通知は保留され、終了後に届きます。`,
'notification-prefs.quiet-hours.enabled': `おやすみ時間を使う`,
'notification-prefs.quiet-hours.end': `終了`,
'notification-prefs.quiet-hours.error.same': `おやすみ時間の開始と終了を同じ時刻にすることはできません。`,
'notification-prefs.quiet-hours.error.time': `22:00 のように時刻を入力してください。`,
'notification-prefs.quiet-hours.error.time-zone': `Europe/Paris や America/New_York のようにタイムゾーンを入力してください。`,
'notification-prefs.quiet-hours.overnight': `おやすみ時間は夜をまたぎ、翌日に終了します。`,
'notification-prefs.quiet-hours.start': `開始`,
'notification-prefs.quiet-hours.time-zone': `タイムゾーン`,
'notification-prefs.quiet-hours.title': `おやすみ時間`,
    };
  