// The static page's only script: it registers the service worker that serves the page offline.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
