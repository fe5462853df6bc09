
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error.network': `You seem to be offline. Check your connection and try again.`,
'core.error.timeout': `The service took too long to answer. Try again.`,
'core.error.conflict': `These settings were changed somewhere else.`,
'core.error.validation': `Some of these values were not accepted.`,
'core.error.unauthorized': `Your session has ended. Sign in again to change these settings.`,
'core.error.reauth-required': `Confirm it is you to make this change.`,
'core.error.rate-limited': `Too many changes in a short time. Wait a moment and try again.`,
'core.error.not-found': `These settings could not be found.`,
'core.error.unavailable': `The service is not available right now. Try again later.`,
'core.error.invalid-response': `The service sent settings we could not read.`,
'core.loading': `Loading settings…`,
'core.retry': `Retry`,
'core.dismiss': `Dismiss`,
'core.save': `Save`,
'core.cancel': `Cancel`,
'core.saving': `Saving…`,
'core.saved': `Saved`,
'core.unsaved': `You have unsaved changes.`,
'core.discarded': `Changes discarded.`,
'core.load-failed.title': `These settings could not be loaded`,
'core.save-failed': str`Your change was not saved and has been undone. ${0}`,
'core.conflict': `Someone changed these settings elsewhere. We kept their changes and re-applied yours where they did not overlap.`,
'core.conflict.keep-mine': `Use my changes`,
'core.conflict.keep-theirs': `Keep theirs`,
'core.external-update': `Updated with changes made elsewhere.`,
'core.config.title': `This widget is not set up`,
'core.config.no-adapter': `No adapter was given. Set the .adapter property or place the widget inside &lt;prefs-provider&gt;.`,
'core.config.missing-methods': str`The adapter lacks these methods: ${0}.`,
'core.error.detail': str`Details: ${0}`,
    };
  