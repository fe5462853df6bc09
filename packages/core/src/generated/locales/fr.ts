
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.cancel': `Annuler`,
'core.config.missing-methods': `Il manque ces méthodes à l’adaptateur : {methods}.`,
'core.config.no-adapter': `Aucun adaptateur n’a été fourni. Définissez la propriété .adapter ou placez le widget dans <prefs-provider>.`,
'core.config.title': `Ce widget n’est pas configuré`,
'core.conflict': `Quelqu’un a modifié ces paramètres ailleurs. Nous avons conservé ses modifications et réappliqué les vôtres là où elles ne se chevauchaient pas.`,
'core.conflict.keep-mine': `Utiliser mes modifications`,
'core.conflict.keep-theirs': `Conserver les autres`,
'core.discarded': `Modifications abandonnées.`,
'core.dismiss': `Ignorer`,
'core.error.conflict': `Ces paramètres ont été modifiés ailleurs.`,
'core.error.detail': `Détails : {detail}`,
'core.error.field': `{field} : {reason}`,
'core.error.invalid-response': `Le service a envoyé des paramètres que nous n’avons pas pu lire.`,
'core.error.network': `Vous semblez être hors ligne. Vérifiez votre connexion et réessayez.`,
'core.error.not-found': `Ces paramètres sont introuvables.`,
'core.error.rate-limited': `Trop de modifications en peu de temps. Patientez un instant, puis réessayez.`,
'core.error.reauth-required': `Confirmez votre identité pour effectuer cette modification.`,
'core.error.timeout': `Le service a mis trop de temps à répondre. Réessayez.`,
'core.error.unauthorized': `Votre session a expiré. Reconnectez-vous pour modifier ces paramètres.`,
'core.error.unavailable': `Le service n’est pas disponible pour le moment. Réessayez plus tard.`,
'core.error.validation': `Certaines de ces valeurs n’ont pas été acceptées.`,
'core.external-update': `Mis à jour avec des modifications faites ailleurs.`,
'core.load-failed.title': `Impossible de charger ces paramètres`,
'core.loading': `Chargement des paramètres…`,
'core.retry': `Réessayer`,
'core.retry-after.relative': `Vous pourrez réessayer {when}.`,
'core.retry-after.time': `Vous pourrez réessayer après {time}.`,
'core.retry-scheduled': `Nous réessaierons alors de nous-mêmes.`,
'core.save': `Enregistrer`,
'core.save-failed': `Votre modification n’a pas été enregistrée et a été annulée. {reason}`,
'core.saved': `Enregistré`,
'core.saving': `Enregistrement…`,
'core.unsaved': `Vous avez des modifications non enregistrées.`,
    };
  