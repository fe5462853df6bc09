
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.category-options.days': `jours`,
'notification-prefs.category-options.error.above-max': str`Saisissez ${0} ou moins.`,
'notification-prefs.category-options.error.below-min': str`Saisissez ${0} ou plus.`,
'notification-prefs.category-options.error.decimals': str`Utilisez au plus ${0} décimales.`,
'notification-prefs.category-options.error.empty-amount': `Saisissez un montant.`,
'notification-prefs.category-options.error.empty-days': `Saisissez un nombre de jours.`,
'notification-prefs.category-options.error.negative': `Saisissez un nombre qui ne soit pas négatif.`,
'notification-prefs.category-options.error.not-a-number': str`Saisissez le montant sous forme de nombre, par exemple ${0}.`,
'notification-prefs.category-options.error.whole-days': `Saisissez un nombre entier de jours.`,
'notification-prefs.category-options.frequency.daily': `Récapitulatif quotidien`,
'notification-prefs.category-options.frequency.immediate': `Immédiatement`,
'notification-prefs.category-options.frequency.label': str`Fréquence pour ${0}`,
'notification-prefs.category-options.frequency.weekly': `Récapitulatif hebdomadaire`,
'notification-prefs.category-options.hint.balance-below': `M’avertir quand mon solde passe sous ce montant.`,
'notification-prefs.category-options.hint.max': str`Au plus ${0}.`,
'notification-prefs.category-options.hint.min': str`Au moins ${0}.`,
'notification-prefs.category-options.hint.payment-due-days': `Combien de jours avant l’échéance d’un paiement me le rappeler.`,
'notification-prefs.category-options.hint.range': str`De ${0} à ${1}.`,
'notification-prefs.category-options.hint.transaction-over': `M’avertir des opérations supérieures à ce montant.`,
'notification-prefs.category-options.threshold.label': str`Seuil pour ${0}`,
'notification-prefs.marketing.announce-granted': `Marketing autorisé. Aucun canal n’a été activé : choisissez ceux que vous voulez.`,
'notification-prefs.marketing.announce-withdrawn': `Marketing désactivé sur tous les canaux.`,
'notification-prefs.marketing.hint-off': `L’activer n’active aucun canal marketing : c’est vous qui choisissez ceux que vous voulez.`,
'notification-prefs.marketing.hint-on': `Le désactiver arrête le marketing sur tous les canaux à la fois.`,
'notification-prefs.marketing.status-granted': str`Vous avez donné votre accord le ${0}.`,
'notification-prefs.marketing.status-none': `Aucun choix enregistré pour l’instant.`,
'notification-prefs.marketing.status-withdrawn': str`Vous avez retiré votre consentement le ${0}.`,
'notification-prefs.marketing.switch': `Recevoir les messages marketing`,
'notification-prefs.marketing.title': `Marketing`,
'notification-prefs.pause.announce-paused': str`Notifications suspendues jusqu’au ${0}.`,
'notification-prefs.pause.announce-resumed': `Notifications reprises.`,
'notification-prefs.pause.description': `Suspendez tout ce qui n’est pas essentiel.`,
'notification-prefs.pause.error.no-date': `Choisissez une date.`,
'notification-prefs.pause.error.past': `Choisissez une date postérieure à aujourd’hui.`,
'notification-prefs.pause.essentials': str`Toujours envoyées pendant la pause : ${0}.`,
'notification-prefs.pause.for-a-day': `Suspendre un jour`,
'notification-prefs.pause.for-a-week': `Suspendre une semaine`,
'notification-prefs.pause.paused-until': str`Suspendues jusqu’au ${0}`,
'notification-prefs.pause.resume': `Reprendre les notifications`,
'notification-prefs.pause.title': `Suspendre les notifications`,
'notification-prefs.pause.until-label': `Jusqu’à une date`,
'notification-prefs.pause.until-submit': `Suspendre jusqu’à cette date`,
'notification-prefs.quiet-hours.allow-critical': `Laisser passer les alertes critiques`,
'notification-prefs.quiet-hours.announce-off': `Heures calmes désactivées.`,
'notification-prefs.quiet-hours.announce-on': `Heures calmes activées.`,
'notification-prefs.quiet-hours.critical-list': str`Alertes critiques : ${0}.`,
'notification-prefs.quiet-hours.description': `Pendant les heures calmes, les notifications attendent et arrivent à la fin de cette période.`,
'notification-prefs.quiet-hours.enabled': `Activer les heures calmes`,
'notification-prefs.quiet-hours.end': `À`,
'notification-prefs.quiet-hours.error.same': `Les heures calmes ne peuvent pas commencer et finir à la même heure.`,
'notification-prefs.quiet-hours.error.time': `Saisissez une heure, par exemple 22:00.`,
'notification-prefs.quiet-hours.error.time-zone': `Saisissez un fuseau horaire comme Europe/Paris ou America/New_York.`,
'notification-prefs.quiet-hours.overnight': `Les heures calmes couvrent la nuit et se terminent le lendemain.`,
'notification-prefs.quiet-hours.start': `De`,
'notification-prefs.quiet-hours.time-zone': `Fuseau horaire`,
'notification-prefs.quiet-hours.title': `Heures calmes`,
    };
  