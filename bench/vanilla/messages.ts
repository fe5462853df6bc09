import { translate } from '@prefcenter/core';
import { widgetTexts } from '../../packages/elements/src/notification-prefs/texts.js';

/** The widget's own sentences (texts.ts), in English with no overrides, as the bench's instance says them. */
export const messages = widgetTexts(translate);
