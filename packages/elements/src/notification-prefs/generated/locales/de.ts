
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.cell.name': str`${0} für ${1}`,
'notification-prefs.cell.not-available': `Nicht verfügbar`,
'notification-prefs.column.all': `Alle Kanäle`,
'notification-prefs.column.category': `Benachrichtigung`,
'notification-prefs.column.name': str`${0} für alle Benachrichtigungen`,
'notification-prefs.confirm.keep': `Eingeschaltet lassen`,
'notification-prefs.confirm.ok': `Ausschalten`,
'notification-prefs.confirm.text': `Diese Warnungen schützen Ihr Konto. Ohne sie erfahren Sie womöglich nichts von Vorgängen, die Sie nicht selbst ausgelöst haben.`,
'notification-prefs.confirm.title': str`${0} ausschalten?`,
'notification-prefs.confirm.title-many': `Sicherheitswarnungen ausschalten?`,
'notification-prefs.done': `Fertig`,
'notification-prefs.empty.text': `Für Ihr Konto gibt es noch keine Benachrichtigungseinstellungen.`,
'notification-prefs.empty.title': `Keine Benachrichtigungen einzustellen`,
'notification-prefs.filter.label': `Benachrichtigungen filtern`,
'notification-prefs.filter.matches': str`${0} von ${1} Benachrichtigungen passen`,
'notification-prefs.filter.none': `Keine Benachrichtigung passt zu Ihrem Filter.`,
'notification-prefs.grid.label': `Benachrichtigungseinstellungen`,
'notification-prefs.marketing-locked': `Aus, weil Sie Werbenachrichten abgelehnt haben.`,
'notification-prefs.needs-setup': `Einrichtung nötig`,
'notification-prefs.needs.device': str`${0} erfordert ein registriertes Gerät.`,
'notification-prefs.needs.email': str`${0} erfordert eine bestätigte E-Mail-Adresse.`,
'notification-prefs.needs.other': str`${0} ist noch nicht eingerichtet.`,
'notification-prefs.needs.phone': str`${0} erfordert eine bestätigte Telefonnummer.`,
'notification-prefs.needs.postal': str`${0} erfordert eine Postanschrift.`,
'notification-prefs.options': `Optionen`,
'notification-prefs.options.name': str`Optionen für ${0}`,
'notification-prefs.required': str`Immer aktiv: ${0}`,
'notification-prefs.row.name': str`Alle Kanäle für ${0}`,
'notification-prefs.section.count': str`${0} von ${1} aktiv`,
'notification-prefs.verify.device': `Gerät registrieren`,
'notification-prefs.verify.done': str`${0} ist jetzt einsatzbereit.`,
'notification-prefs.verify.email': `E-Mail-Adresse bestätigen`,
'notification-prefs.verify.other': `Einrichten`,
'notification-prefs.verify.pending': `Schließen Sie den Schritt ab und kehren Sie dann hierher zurück.`,
'notification-prefs.verify.phone': `Telefonnummer bestätigen`,
'notification-prefs.verify.postal': `Postanschrift hinzufügen`,
'notification-prefs.verify.unavailable': `Dieser Schritt kann nicht von hier aus gestartet werden. Wenden Sie sich an uns, um ihn einzurichten.`,
    };
  