
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.category-options.days': `días`,
'notification-prefs.category-options.error.above-max': str`Introduce ${0} o menos.`,
'notification-prefs.category-options.error.below-min': str`Introduce ${0} o más.`,
'notification-prefs.category-options.error.decimals': str`Usa como máximo ${0} decimales.`,
'notification-prefs.category-options.error.empty-amount': `Introduce un importe.`,
'notification-prefs.category-options.error.empty-days': `Introduce un número de días.`,
'notification-prefs.category-options.error.negative': `Introduce un número que no sea negativo.`,
'notification-prefs.category-options.error.not-a-number': str`Introduce el importe como número, por ejemplo ${0}.`,
'notification-prefs.category-options.error.whole-days': `Introduce un número entero de días.`,
'notification-prefs.category-options.frequency.daily': `Resumen diario`,
'notification-prefs.category-options.frequency.immediate': `Al instante`,
'notification-prefs.category-options.frequency.label': str`Frecuencia para ${0}`,
'notification-prefs.category-options.frequency.weekly': `Resumen semanal`,
'notification-prefs.category-options.hint.balance-below': `Avisarme cuando mi saldo baje de este importe.`,
'notification-prefs.category-options.hint.max': str`Como máximo ${0}.`,
'notification-prefs.category-options.hint.min': str`Como mínimo ${0}.`,
'notification-prefs.category-options.hint.payment-due-days': `Cuántos días antes del vencimiento de un pago quiero el recordatorio.`,
'notification-prefs.category-options.hint.range': str`De ${0} a ${1}.`,
'notification-prefs.category-options.hint.transaction-over': `Avisarme de las operaciones superiores a este importe.`,
'notification-prefs.category-options.threshold.label': str`Umbral para ${0}`,
'notification-prefs.marketing.announce-granted': `Publicidad permitida. No se ha activado ningún canal: elige los que quieras.`,
'notification-prefs.marketing.announce-withdrawn': `Publicidad desactivada en todos los canales.`,
'notification-prefs.marketing.hint-off': `Al activarlo no se activa ningún canal publicitario: tú eliges los que quieras.`,
'notification-prefs.marketing.hint-on': `Al desactivarlo, se detiene la publicidad en todos los canales a la vez.`,
'notification-prefs.marketing.status-granted': str`Diste tu consentimiento el ${0}.`,
'notification-prefs.marketing.status-none': `Todavía no se ha registrado ninguna decisión.`,
'notification-prefs.marketing.status-withdrawn': str`Retiraste tu consentimiento el ${0}.`,
'notification-prefs.marketing.switch': `Recibir mensajes publicitarios`,
'notification-prefs.marketing.title': `Publicidad`,
'notification-prefs.pause.announce-paused': str`Notificaciones en pausa hasta el ${0}.`,
'notification-prefs.pause.announce-resumed': `Notificaciones reanudadas.`,
'notification-prefs.pause.description': `Pausa todo lo que no sea esencial.`,
'notification-prefs.pause.error.no-date': `Elige una fecha.`,
'notification-prefs.pause.error.past': `Elige una fecha posterior a hoy.`,
'notification-prefs.pause.essentials': str`Se siguen enviando durante la pausa: ${0}.`,
'notification-prefs.pause.for-a-day': `Pausar un día`,
'notification-prefs.pause.for-a-week': `Pausar una semana`,
'notification-prefs.pause.paused-until': str`En pausa hasta el ${0}`,
'notification-prefs.pause.resume': `Reanudar notificaciones`,
'notification-prefs.pause.title': `Pausar notificaciones`,
'notification-prefs.pause.until-label': `Hasta una fecha`,
'notification-prefs.pause.until-submit': `Pausar hasta esta fecha`,
'notification-prefs.quiet-hours.allow-critical': `Dejar pasar las alertas críticas`,
'notification-prefs.quiet-hours.announce-off': `Horas de silencio desactivadas.`,
'notification-prefs.quiet-hours.announce-on': `Horas de silencio activadas.`,
'notification-prefs.quiet-hours.critical-list': str`Alertas críticas: ${0}.`,
'notification-prefs.quiet-hours.description': `Durante las horas de silencio, las notificaciones esperan y llegan cuando terminan.`,
'notification-prefs.quiet-hours.enabled': `Usar horas de silencio`,
'notification-prefs.quiet-hours.end': `Hasta`,
'notification-prefs.quiet-hours.error.same': `Las horas de silencio no pueden empezar y terminar a la misma hora.`,
'notification-prefs.quiet-hours.error.time': `Introduce una hora, por ejemplo 22:00.`,
'notification-prefs.quiet-hours.error.time-zone': `Introduce una zona horaria como Europe/Paris o America/New_York.`,
'notification-prefs.quiet-hours.overnight': `Las horas de silencio pasan la noche y terminan al día siguiente.`,
'notification-prefs.quiet-hours.start': `Desde`,
'notification-prefs.quiet-hours.time-zone': `Zona horaria`,
'notification-prefs.quiet-hours.title': `Horas de silencio`,
    };
  