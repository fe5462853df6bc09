
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.cancel': `キャンセル`,
'core.config.missing-methods': `アダプターに次のメソッドがありません: {methods}。`,
'core.config.no-adapter': `アダプターが指定されていません。.adapter プロパティを設定するか、ウィジェットを <prefs-provider> の中に配置してください。`,
'core.config.title': `このウィジェットは設定されていません`,
'core.conflict': `別の場所でこれらの設定が変更されました。その変更を保持したうえで、重ならない部分にはお客様の変更を再適用しました。`,
'core.conflict.keep-mine': `自分の変更を使う`,
'core.conflict.keep-theirs': `他の変更を残す`,
'core.discarded': `変更を破棄しました。`,
'core.dismiss': `破棄`,
'core.error.conflict': `これらの設定は別の場所で変更されました。`,
'core.error.detail': `詳細: {detail}`,
'core.error.field': `{field}：{reason}`,
'core.error.invalid-response': `サービスから読み取れない設定が送信されました。`,
'core.error.network': `オフラインのようです。接続を確認して、もう一度お試しください。`,
'core.error.not-found': `これらの設定が見つかりませんでした。`,
'core.error.rate-limited': `短時間に変更が多すぎます。しばらく待ってから、もう一度お試しください。`,
'core.error.reauth-required': `この変更を行うには、本人確認が必要です。`,
'core.error.timeout': `サービスの応答に時間がかかりすぎました。もう一度お試しください。`,
'core.error.unauthorized': `セッションの有効期限が切れました。設定を変更するには、もう一度サインインしてください。`,
'core.error.unavailable': `サービスは現在ご利用いただけません。しばらくしてから、もう一度お試しください。`,
'core.error.validation': `一部の値が受け付けられませんでした。`,
'core.external-update': `別の場所で行われた変更を反映しました。`,
'core.load-failed.title': `これらの設定を読み込めませんでした`,
'core.loading': `設定を読み込んでいます…`,
'core.retry': `再試行`,
'core.retry-after.relative': `{when}に再試行できます。`,
'core.retry-after.time': `{time}以降に再試行できます。`,
'core.retry-scheduled': `その時に自動的に再試行します。`,
'core.save': `保存`,
'core.save-failed': `変更は保存されず、元に戻されました。{reason}`,
'core.saved': `保存しました`,
'core.saving': `保存しています…`,
'core.unsaved': `保存されていない変更があります。`,
    };
  