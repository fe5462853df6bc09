// Registers every widget under its default tag, and <prefs-provider>.
import '@prefcenter/core/provider/define';
import './theme-picker/define.js';
import './notification-prefs/define.js';
