// The page reads the same JSON the API returns; this module only builds URLs and fetches.
export async function getJSON(path, params = {}) {
  const response = await fetch(url(path, params), { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const err = body && body.error ? body.error : { status: response.status, message: response.statusText };
    throw new Error(`${err.status}: ${err.message}`);
  }
  return body;
}

export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
