// The server's JSON API (docs/web-api.md). Every URL is relative: the page lives under
// /TOKEN/, so "api/check" carries the token without the script ever reading it.

export class ApiError extends Error {}

async function failure(response) {
  // The server answers an error with {"error": "one line"}; anything else is its status.
  try {
    const body = await response.json();
    if (body && typeof body.error === "string") return new ApiError(body.error);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(`HTTP ${response.status}`);
}

async function post(path, body, contentType) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
    credentials: "omit",
    cache: "no-store",
  });
  if (!response.ok) throw await failure(response);
  return response;
}

async function postJson(path, payload) {
  const response = await post(path, JSON.stringify(payload), "application/json");
  return response.json();
}

export function check(request) {
  return postJson("api/check", request);
}

export async function fix(request) {
  return (await postJson("api/fix", request)).text;
}

export async function extract(name, bytes, uiLanguage) {
  const response = await post(
    `api/extract?name=${encodeURIComponent(name)}&ui_language=${uiLanguage}`,
    bytes,
    "application/octet-stream",
  );
  return response.json();
}

// The redacted copy, and the parts of the file copied without being read (embedded
// files, charts) that may still hold values.
export async function redactedDocx(name, request) {
  const response = await post(
    `api/docx?name=${encodeURIComponent(name)}`,
    JSON.stringify(request),
    "application/json",
  );
  const unread = response.headers.get("X-Draftlint-Unread-Parts");
  return {
    blob: await response.blob(),
    unread: unread ? unread.split(",").map((part) => decodeURIComponent(part.trim())) : [],
  };
}

// A file's bytes as base64, in slices: String.fromCharCode(...all) overflows the stack.
export function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function info() {
  const response = await fetch("api/info", { credentials: "omit", cache: "no-store" });
  if (!response.ok) throw await failure(response);
  return response.json();
}
