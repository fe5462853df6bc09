// Browsers come from Debian's packages (chromium, firefox-esr); puppeteer must never download its own.
module.exports = { skipDownload: true };
