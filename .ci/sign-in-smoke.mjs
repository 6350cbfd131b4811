// CI: sign in to a running server as a demo account through next-auth's own endpoints, as a browser
// would, and open a staff page. Usage: node .ci/sign-in-smoke.mjs <base-url> <e-mail> <password>
const [base, email, password] = process.argv.slice(2);
const jar = new Map();
const remember = (response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
};
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

const csrf = await fetch(`${base}/api/auth/csrf`);
remember(csrf);
const { csrfToken } = await csrf.json();
const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  redirect: "manual",
  headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
  body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
});
remember(signIn);
if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
  console.error(`sign-in gave no session cookie (HTTP ${signIn.status}): ${await signIn.text()}`);
  process.exit(1);
}
const page = await fetch(`${base}/staf`, { headers: { cookie: cookieHeader() }, redirect: "manual" });
const html = await page.text();
if (page.status !== 200 || !html.includes("Selamat bertugas")) {
  console.error(`/staf after sign-in: HTTP ${page.status}`);
  process.exit(1);
}
console.log(`signed in as ${email} and opened /staf`);
