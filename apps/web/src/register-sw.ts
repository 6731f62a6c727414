/** Registers the service worker at the root scope; a failure leaves the app working online as before. */
export async function registerServiceWorker(): Promise<void> {
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/", type: "classic" });
  } catch (error) {
    console.warn("service worker not registered", error);
  }
}
