
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.category-options.days': `Tage`,
'notification-prefs.category-options.error.above-max': str`Geben Sie ${0} oder weniger ein.`,
'notification-prefs.category-options.error.below-min': str`Geben Sie ${0} oder mehr ein.`,
'notification-prefs.category-options.error.decimals': str`Verwenden Sie höchstens ${0} Nachkommastellen.`,
'notification-prefs.category-options.error.empty-amount': `Geben Sie einen Betrag ein.`,
'notification-prefs.category-options.error.empty-days': `Geben Sie eine Anzahl von Tagen ein.`,
'notification-prefs.category-options.error.negative': `Geben Sie eine Zahl ein, die nicht negativ ist.`,
'notification-prefs.category-options.error.not-a-number': str`Geben Sie den Betrag als Zahl ein, zum Beispiel ${0}.`,
'notification-prefs.category-options.error.whole-days': `Geben Sie eine ganze Zahl von Tagen ein.`,
'notification-prefs.category-options.frequency.daily': `Tägliche Zusammenfassung`,
'notification-prefs.category-options.frequency.immediate': `Sofort`,
'notification-prefs.category-options.frequency.label': str`Häufigkeit für ${0}`,
'notification-prefs.category-options.frequency.weekly': `Wöchentliche Zusammenfassung`,
'notification-prefs.category-options.hint.balance-below': `Mich benachrichtigen, wenn mein Kontostand unter diesen Betrag fällt.`,
'notification-prefs.category-options.hint.max': str`Höchstens ${0}.`,
'notification-prefs.category-options.hint.min': str`Mindestens ${0}.`,
'notification-prefs.category-options.hint.payment-due-days': `Wie viele Tage vor Fälligkeit einer Zahlung ich erinnert werden möchte.`,
'notification-prefs.category-options.hint.range': str`Von ${0} bis ${1}.`,
'notification-prefs.category-options.hint.transaction-over': `Mich über Umsätze über diesem Betrag benachrichtigen.`,
'notification-prefs.category-options.threshold.label': str`Schwellenwert für ${0}`,
'notification-prefs.marketing.announce-granted': `Werbung erlaubt. Es wurde kein Kanal eingeschaltet: Wählen Sie die gewünschten aus.`,
'notification-prefs.marketing.announce-withdrawn': `Werbung auf allen Kanälen ausgeschaltet.`,
'notification-prefs.marketing.hint-off': `Wenn Sie dies einschalten, wird kein Werbekanal eingeschaltet: Sie wählen selbst, welche Sie möchten.`,
'notification-prefs.marketing.hint-on': `Wenn Sie dies ausschalten, endet die Werbung auf allen Kanälen zugleich.`,
'notification-prefs.marketing.status-granted': str`Sie haben am ${0} zugestimmt.`,
'notification-prefs.marketing.status-none': `Noch keine Entscheidung gespeichert.`,
'notification-prefs.marketing.status-withdrawn': str`Sie haben Ihre Einwilligung am ${0} widerrufen.`,
'notification-prefs.marketing.switch': `Werbenachrichten erhalten`,
'notification-prefs.marketing.title': `Werbung`,
'notification-prefs.pause.announce-paused': str`Benachrichtigungen pausiert bis ${0}.`,
'notification-prefs.pause.announce-resumed': `Benachrichtigungen fortgesetzt.`,
'notification-prefs.pause.description': `Alles pausieren, was nicht wesentlich ist.`,
'notification-prefs.pause.error.no-date': `Wählen Sie ein Datum.`,
'notification-prefs.pause.error.past': `Wählen Sie ein Datum nach dem heutigen Tag.`,
'notification-prefs.pause.essentials': str`Auch während der Pause gesendet: ${0}.`,
'notification-prefs.pause.for-a-day': `Einen Tag pausieren`,
'notification-prefs.pause.for-a-week': `Eine Woche pausieren`,
'notification-prefs.pause.paused-until': str`Pausiert bis ${0}`,
'notification-prefs.pause.resume': `Benachrichtigungen fortsetzen`,
'notification-prefs.pause.title': `Benachrichtigungen pausieren`,
'notification-prefs.pause.until-label': `Bis zu einem Datum`,
'notification-prefs.pause.until-submit': `Bis zu diesem Datum pausieren`,
'notification-prefs.quiet-hours.allow-critical': `Kritische Warnungen durchlassen`,
'notification-prefs.quiet-hours.announce-off': `Ruhezeiten ausgeschaltet.`,
'notification-prefs.quiet-hours.announce-on': `Ruhezeiten eingeschaltet.`,
'notification-prefs.quiet-hours.critical-list': str`Kritische Warnungen: ${0}.`,
'notification-prefs.quiet-hours.description': `Während der Ruhezeiten werden Benachrichtigungen zurückgehalten und nach deren Ende zugestellt.`,
'notification-prefs.quiet-hours.enabled': `Ruhezeiten verwenden`,
'notification-prefs.quiet-hours.end': `Bis`,
'notification-prefs.quiet-hours.error.same': `Ruhezeiten können nicht zur selben Uhrzeit beginnen und enden.`,
'notification-prefs.quiet-hours.error.time': `Geben Sie eine Uhrzeit ein, zum Beispiel 22:00.`,
'notification-prefs.quiet-hours.error.time-zone': `Geben Sie eine Zeitzone wie Europe/Paris oder America/New_York ein.`,
'notification-prefs.quiet-hours.overnight': `Die Ruhezeiten gehen über Nacht und enden am nächsten Tag.`,
'notification-prefs.quiet-hours.start': `Von`,
'notification-prefs.quiet-hours.time-zone': `Zeitzone`,
'notification-prefs.quiet-hours.title': `Ruhezeiten`,
    };
  