
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.cancel': `Abbrechen`,
'core.config.missing-methods': `Dem Adapter fehlen diese Methoden: {methods}.`,
'core.config.no-adapter': `Es wurde kein Adapter angegeben. Setzen Sie die Eigenschaft .adapter oder platzieren Sie das Widget in <prefs-provider>.`,
'core.config.title': `Dieses Widget ist nicht eingerichtet`,
'core.conflict': `Jemand hat diese Einstellungen an anderer Stelle geändert. Wir haben diese Änderungen übernommen und Ihre erneut angewendet, wo sie sich nicht überschnitten.`,
'core.conflict.keep-mine': `Meine Änderungen verwenden`,
'core.conflict.keep-theirs': `Die anderen behalten`,
'core.discarded': `Änderungen verworfen.`,
'core.dismiss': `Verwerfen`,
'core.error.conflict': `Diese Einstellungen wurden an anderer Stelle geändert.`,
'core.error.detail': `Einzelheiten: {detail}`,
'core.error.field': `{field}: {reason}`,
'core.error.invalid-response': `Der Dienst hat Einstellungen gesendet, die wir nicht lesen konnten.`,
'core.error.network': `Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.`,
'core.error.not-found': `Diese Einstellungen wurden nicht gefunden.`,
'core.error.rate-limited': `Zu viele Änderungen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.`,
'core.error.reauth-required': `Bestätigen Sie Ihre Identität, um diese Änderung vorzunehmen.`,
'core.error.timeout': `Der Dienst hat zu lange für eine Antwort gebraucht. Versuchen Sie es erneut.`,
'core.error.unauthorized': `Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um diese Einstellungen zu ändern.`,
'core.error.unavailable': `Der Dienst ist gerade nicht verfügbar. Versuchen Sie es später erneut.`,
'core.error.validation': `Einige dieser Werte wurden nicht akzeptiert.`,
'core.external-update': `Mit Änderungen von anderer Stelle aktualisiert.`,
'core.load-failed.title': `Diese Einstellungen konnten nicht geladen werden`,
'core.loading': `Einstellungen werden geladen…`,
'core.retry': `Erneut versuchen`,
'core.retry-after.relative': `Sie können es {when} erneut versuchen.`,
'core.retry-after.time': `Sie können es nach {time} Uhr erneut versuchen.`,
'core.retry-scheduled': `Wir versuchen es dann von selbst erneut.`,
'core.save': `Speichern`,
'core.save-failed': `Ihre Änderung wurde nicht gespeichert und rückgängig gemacht. {reason}`,
'core.saved': `Gespeichert`,
'core.saving': `Wird gespeichert…`,
'core.unsaved': `Sie haben ungespeicherte Änderungen.`,
    };
  