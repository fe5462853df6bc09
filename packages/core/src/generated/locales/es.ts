
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.cancel': `Cancelar`,
'core.config.missing-methods': `Al adaptador le faltan estos métodos: {methods}.`,
'core.config.no-adapter': `No se ha indicado ningún adaptador. Define la propiedad .adapter o coloca el widget dentro de <prefs-provider>.`,
'core.config.title': `Este widget no está configurado`,
'core.conflict': `Alguien ha cambiado esta configuración desde otro lugar. Hemos conservado sus cambios y hemos vuelto a aplicar los tuyos donde no coincidían.`,
'core.conflict.keep-mine': `Usar mis cambios`,
'core.conflict.keep-theirs': `Conservar los otros`,
'core.discarded': `Cambios descartados.`,
'core.dismiss': `Descartar`,
'core.error.conflict': `Esta configuración se ha cambiado desde otro lugar.`,
'core.error.detail': `Detalles: {detail}`,
'core.error.field': `{field}: {reason}`,
'core.error.invalid-response': `El servicio ha enviado una configuración que no hemos podido leer.`,
'core.error.network': `Parece que no tienes conexión. Compruébala e inténtalo de nuevo.`,
'core.error.not-found': `No se ha encontrado esta configuración.`,
'core.error.rate-limited': `Demasiados cambios en poco tiempo. Espera un momento e inténtalo de nuevo.`,
'core.error.reauth-required': `Confirma tu identidad para hacer este cambio.`,
'core.error.timeout': `El servicio ha tardado demasiado en responder. Inténtalo de nuevo.`,
'core.error.unauthorized': `Tu sesión ha caducado. Vuelve a iniciar sesión para cambiar esta configuración.`,
'core.error.unavailable': `El servicio no está disponible en este momento. Inténtalo más tarde.`,
'core.error.validation': `Algunos de estos valores no se han aceptado.`,
'core.external-update': `Actualizado con cambios hechos desde otro lugar.`,
'core.load-failed.title': `No se ha podido cargar esta configuración`,
'core.loading': `Cargando la configuración…`,
'core.retry': `Reintentar`,
'core.retry-after.relative': `Podrá volver a intentarlo {when}.`,
'core.retry-after.time': `Podrá volver a intentarlo después de las {time}.`,
'core.retry-scheduled': `Entonces lo volveremos a intentar automáticamente.`,
'core.save': `Guardar`,
'core.save-failed': `Tu cambio no se ha guardado y se ha deshecho. {reason}`,
'core.saved': `Guardado`,
'core.saving': `Guardando…`,
'core.unsaved': `Tienes cambios sin guardar.`,
    };
  