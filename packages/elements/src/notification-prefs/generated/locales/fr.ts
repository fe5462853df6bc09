
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.cell.name': str`${0} pour ${1}`,
'notification-prefs.cell.not-available': `Non disponible`,
'notification-prefs.column.all': `Tous les canaux`,
'notification-prefs.column.category': `Catégorie`,
'notification-prefs.column.name': str`${0} pour toutes les notifications`,
'notification-prefs.confirm.keep': `Les garder activées`,
'notification-prefs.confirm.ok': `Désactiver`,
'notification-prefs.confirm.text': `Ces alertes protègent votre compte. Sans elles, vous risquez de ne pas être informé d’opérations que vous n’avez pas faites.`,
'notification-prefs.confirm.title': str`Désactiver ${0} ?`,
'notification-prefs.confirm.title-many': `Désactiver les alertes de sécurité ?`,
'notification-prefs.done': `Terminé`,
'notification-prefs.empty.text': `Votre compte n’a pas encore de paramètres de notification.`,
'notification-prefs.empty.title': `Aucune notification à régler`,
'notification-prefs.filter.label': `Filtrer les notifications`,
'notification-prefs.filter.matches': str`${0} notifications sur ${1} correspondent`,
'notification-prefs.filter.none': `Aucune notification ne correspond à votre filtre.`,
'notification-prefs.grid.label': `Paramètres des notifications`,
'notification-prefs.marketing-locked': `Désactivée, car vous avez refusé les messages commerciaux.`,
'notification-prefs.needs-setup': `À configurer`,
'notification-prefs.needs.device': str`${0} nécessite un appareil enregistré.`,
'notification-prefs.needs.email': str`${0} nécessite une adresse e-mail vérifiée.`,
'notification-prefs.needs.other': str`${0} n’est pas encore configuré.`,
'notification-prefs.needs.phone': str`${0} nécessite un numéro de téléphone vérifié.`,
'notification-prefs.needs.postal': str`${0} nécessite une adresse postale.`,
'notification-prefs.options': `Réglages`,
'notification-prefs.options.name': str`Réglages pour ${0}`,
'notification-prefs.required': str`Toujours activée : ${0}`,
'notification-prefs.row.name': str`Tous les canaux pour ${0}`,
'notification-prefs.section.count': str`${0} sur ${1} activées`,
'notification-prefs.verify.device': `Enregistrer un appareil`,
'notification-prefs.verify.done': str`${0} est prêt à l’emploi.`,
'notification-prefs.verify.email': `Vérifier l’adresse e-mail`,
'notification-prefs.verify.other': `Configurer`,
'notification-prefs.verify.pending': `Terminez l’étape, puis revenez ici.`,
'notification-prefs.verify.phone': `Vérifier le numéro de téléphone`,
'notification-prefs.verify.postal': `Ajouter une adresse postale`,
'notification-prefs.verify.unavailable': `Cette étape ne peut pas être lancée d’ici. Contactez-nous pour la configurer.`,
    };
  