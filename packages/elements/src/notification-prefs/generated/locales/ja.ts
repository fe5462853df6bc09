
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.cell.name': str`${1}の${0}`,
'notification-prefs.cell.not-available': `利用できません`,
'notification-prefs.column.all': `すべてのチャネル`,
'notification-prefs.column.category': `通知`,
'notification-prefs.column.name': str`すべての通知の${0}`,
'notification-prefs.confirm.keep': `オンのままにする`,
'notification-prefs.confirm.ok': `オフにする`,
'notification-prefs.confirm.text': `これらの通知はアカウントの保護に役立ちます。オフにすると、身に覚えのない操作に気づけないおそれがあります。`,
'notification-prefs.confirm.title': str`${0}をオフにしますか？`,
'notification-prefs.confirm.title-many': `セキュリティ通知をオフにしますか？`,
'notification-prefs.done': `完了`,
'notification-prefs.empty.text': `お客様のアカウントにはまだ通知設定がありません。`,
'notification-prefs.empty.title': `設定できる通知はありません`,
'notification-prefs.filter.label': `通知を絞り込む`,
'notification-prefs.filter.matches': str`${1}件中${0}件の通知が一致`,
'notification-prefs.filter.none': `条件に一致する通知はありません。`,
'notification-prefs.grid.label': `通知設定`,
'notification-prefs.marketing-locked': `マーケティングメッセージを希望しないため、オフになっています。`,
'notification-prefs.needs-setup': `設定が必要`,
'notification-prefs.needs.device': str`${0}には登録済みの端末が必要です。`,
'notification-prefs.needs.email': str`${0}には確認済みのメールアドレスが必要です。`,
'notification-prefs.needs.other': str`${0}はまだ設定されていません。`,
'notification-prefs.needs.phone': str`${0}には確認済みの電話番号が必要です。`,
'notification-prefs.needs.postal': str`${0}には郵送先住所が必要です。`,
'notification-prefs.options': `オプション`,
'notification-prefs.options.name': str`${0}のオプション`,
'notification-prefs.required': str`常にオン：${0}`,
'notification-prefs.row.name': str`${0}のすべてのチャネル`,
'notification-prefs.section.count': str`${1}件中${0}件オン`,
'notification-prefs.verify.device': `端末を登録`,
'notification-prefs.verify.done': str`${0}が使えるようになりました。`,
'notification-prefs.verify.email': `メールアドレスを確認`,
'notification-prefs.verify.other': `設定する`,
'notification-prefs.verify.pending': `手続きを完了してから、ここに戻ってください。`,
'notification-prefs.verify.phone': `電話番号を確認`,
'notification-prefs.verify.postal': `郵送先住所を追加`,
'notification-prefs.verify.unavailable': `この手続きはここから開始できません。設定についてはお問い合わせください。`,
    };
  