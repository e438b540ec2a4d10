// Passkeys (WebAuthn) for Tandem, talking to Spring Security's endpoints. Optional: every page works without it,
// and the passkey parts of a page stay hidden unless this script runs in a browser that supports passkeys.
"use strict";
(() => {
  const b64 = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      return Uint8Array.from(bin, (c) => c.charCodeAt(0)).buffer;
    },
  };

  function csrfHeaders() {
    const token = document.querySelector("meta[name=csrf-token]");
    const header = document.querySelector("meta[name=csrf-header]");
    return token && header ? { [header.content]: token.content } : {};
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", ...csrfHeaders() },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }

  async function signIn() {
    const options = await post("/webauthn/authenticate/options");
    const publicKey = {
      ...options,
      challenge: b64.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
    };
    const credential = await navigator.credentials.get({ publicKey });
    const response = credential.response;
    const result = await post("/login/webauthn", {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        authenticatorData: b64.encode(response.authenticatorData),
        clientDataJSON: b64.encode(response.clientDataJSON),
        signature: b64.encode(response.signature),
        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined,
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    if (!result || !result.authenticated) {
      throw new Error("not authenticated");
    }
    window.location.assign("/dashboard");
  }

  async function register(label, done) {
    const options = await post("/webauthn/register/options");
    const publicKey = {
      ...options,
      user: { ...options.user, id: b64.decode(options.user.id) },
      challenge: b64.decode(options.challenge),
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
    };
    const credential = await navigator.credentials.create({ publicKey });
    const response = credential.response;
    const result = await post("/webauthn/register", {
      publicKey: {
        label,
        credential: {
          id: credential.id,
          rawId: b64.encode(credential.rawId),
          response: {
            attestationObject: b64.encode(response.attestationObject),
            clientDataJSON: b64.encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
      },
    });
    if (!result || !result.success) {
      throw new Error("not registered");
    }
    window.location.assign(done);
  }

  function wire(container, buttonSelector, action) {
    const button = container.querySelector(buttonSelector);
    const error = container.querySelector("[data-passkey-error]");
    container.classList.remove("js-only");
    button.addEventListener("click", async () => {
      error.hidden = true;
      button.disabled = true;
      try {
        await action();
      } catch (e) {
        error.hidden = false;
      } finally {
        button.disabled = false;
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (!window.PublicKeyCredential || !navigator.credentials) {
      return;
    }
    document.querySelectorAll("[data-passkey-signin]").forEach((container) =>
      wire(container, "[data-passkey-signin-button]", signIn));
    document.querySelectorAll("[data-passkey-register]").forEach((container) => {
      const button = container.querySelector("[data-passkey-register-button]");
      const label = container.querySelector("[data-passkey-label]");
      wire(container, "[data-passkey-register-button]", () => register(label.value.trim() || label.defaultValue, button.dataset.done));
    });
  });
})();
