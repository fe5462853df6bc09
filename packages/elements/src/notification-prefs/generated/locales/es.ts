
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.cell.name': str`${0} para ${1}`,
'notification-prefs.cell.not-available': `No disponible`,
'notification-prefs.column.all': `Todos los canales`,
'notification-prefs.column.category': `Notificación`,
'notification-prefs.column.name': str`${0} para todas las notificaciones`,
'notification-prefs.confirm.keep': `Mantenerlas activadas`,
'notification-prefs.confirm.ok': `Desactivar`,
'notification-prefs.confirm.text': `Estas alertas protegen su cuenta. Sin ellas, quizá no se entere de operaciones que usted no hizo.`,
'notification-prefs.confirm.title': str`¿Desactivar ${0}?`,
'notification-prefs.confirm.title-many': `¿Desactivar las alertas de seguridad?`,
'notification-prefs.done': `Listo`,
'notification-prefs.empty.text': `Su cuenta aún no tiene ajustes de notificaciones.`,
'notification-prefs.empty.title': `No hay notificaciones que configurar`,
'notification-prefs.filter.label': `Filtrar notificaciones`,
'notification-prefs.filter.matches': str`${0} de ${1} notificaciones coinciden`,
'notification-prefs.filter.none': `Ninguna notificación coincide con el filtro.`,
'notification-prefs.grid.label': `Ajustes de notificaciones`,
'notification-prefs.marketing-locked': `Desactivada porque no quiere recibir mensajes comerciales.`,
'notification-prefs.needs-setup': `Falta configurar`,
'notification-prefs.needs.device': str`${0} necesita un dispositivo registrado.`,
'notification-prefs.needs.email': str`${0} necesita una dirección de correo verificada.`,
'notification-prefs.needs.other': str`${0} aún no está configurado.`,
'notification-prefs.needs.phone': str`${0} necesita un número de teléfono verificado.`,
'notification-prefs.needs.postal': str`${0} necesita una dirección postal.`,
'notification-prefs.options': `Opciones`,
'notification-prefs.options.name': str`Opciones de ${0}`,
'notification-prefs.required': str`Siempre activada: ${0}`,
'notification-prefs.row.name': str`Todos los canales para ${0}`,
'notification-prefs.section.count': str`${0} de ${1} activadas`,
'notification-prefs.verify.device': `Registrar un dispositivo`,
'notification-prefs.verify.done': str`${0} ya se puede usar.`,
'notification-prefs.verify.email': `Verificar la dirección de correo`,
'notification-prefs.verify.other': `Configurar`,
'notification-prefs.verify.pending': `Complete el paso y vuelva aquí.`,
'notification-prefs.verify.phone': `Verificar el número de teléfono`,
'notification-prefs.verify.postal': `Añadir una dirección postal`,
'notification-prefs.verify.unavailable': `Este paso no se puede iniciar desde aquí. Contáctenos para configurarlo.`,
    };
  