
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'notification-prefs.grid.label': `Notification settings`,
'notification-prefs.column.category': `Notification`,
'notification-prefs.column.all': `All channels`,
'notification-prefs.cell.name': str`${0} for ${1}`,
'notification-prefs.row.name': str`All channels for ${0}`,
'notification-prefs.column.name': str`${0} for all notifications`,
'notification-prefs.cell.not-available': `Not available`,
'notification-prefs.required': str`Always on: ${0}`,
'notification-prefs.marketing-locked': `Off because you said no to marketing messages.`,
'notification-prefs.needs.phone': str`${0} needs a verified phone number.`,
'notification-prefs.needs.device': str`${0} needs a registered device.`,
'notification-prefs.needs.email': str`${0} needs a verified email address.`,
'notification-prefs.needs.postal': str`${0} needs a postal address.`,
'notification-prefs.needs.other': str`${0} is not set up yet.`,
'notification-prefs.verify.phone': `Verify phone number`,
'notification-prefs.verify.device': `Register a device`,
'notification-prefs.verify.email': `Verify email address`,
'notification-prefs.verify.postal': `Add a postal address`,
'notification-prefs.verify.other': `Set up`,
'notification-prefs.needs-setup': `Needs setup`,
'notification-prefs.verify.pending': `Finish the step, then come back here.`,
'notification-prefs.verify.unavailable': `This step cannot be started from here. Contact us to set it up.`,
'notification-prefs.verify.done': str`${0} is ready to use.`,
'notification-prefs.filter.label': `Filter notifications`,
'notification-prefs.filter.matches': str`${0} of ${1} notifications match`,
'notification-prefs.filter.none': `No notifications match your filter.`,
'notification-prefs.empty.title': `No notifications to set`,
'notification-prefs.empty.text': `There are no notification settings for your account yet.`,
'notification-prefs.options': `Options`,
'notification-prefs.options.name': str`Options for ${0}`,
'notification-prefs.done': `Done`,
'notification-prefs.confirm.title': str`Turn off ${0}?`,
'notification-prefs.confirm.title-many': `Turn off security alerts?`,
'notification-prefs.confirm.text': `These alerts help protect your account. Without them you may not hear about activity you did not make.`,
'notification-prefs.confirm.ok': `Turn off`,
'notification-prefs.confirm.keep': `Keep them on`,
    };
  