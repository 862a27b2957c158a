/**
 * The public pages' one stylesheet, served from the API (CSP `default-src 'self'`: no external fonts or files).
 * Suomi.fi-like: dark blue header, blue links, light grey page, system fonts; no horizontal scrolling at 360 px.
 */
export const PUBLIC_STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f7f7f8;color:#1f2023;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Source Sans Pro",Arial,sans-serif;overflow-wrap:break-word}
a{color:#2a6ebb;text-decoration:underline}
a:hover{color:#003479}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,main:focus-visible{outline:3px solid #2a6ebb;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0;background:#fff;color:#003479;padding:.5rem 1rem;font-weight:600}
.skip:focus{left:.5rem;top:.5rem;z-index:10}
header.site{background:#003479;color:#fff}
header.site a{color:#fff}
header.site a:focus-visible{outline-color:#fff}
.bar{max-width:60rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between}
nav.bar{border-top:1px solid #3d5f99;justify-content:flex-start}
.site-name{font-size:1.25rem;font-weight:700;text-decoration:none}
.languages,.menu{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.languages a[aria-current]{font-weight:700;text-decoration:none}
main{display:block;max-width:60rem;margin:1rem auto;padding:1rem;background:#fff;border:1px solid #c8cdd0}
footer.site{max-width:60rem;margin:0 auto 2rem;padding:0 1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:1rem 0 .25rem}
.filters{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;padding:1rem;background:#eaf2fa;margin-bottom:1rem}
.field{display:flex;flex-direction:column;gap:.25rem;min-width:0;max-width:100%}
.field.wide{flex:1 1 100%}
label{font-weight:600}
.help{margin:0;font-size:.9rem;color:#4b4f55}
input,select{font:inherit;max-width:100%;min-height:2.5rem;padding:.25rem .5rem;border:1px solid #5f686d;border-radius:2px;background:#fff;color:inherit}
button{font:inherit;font-weight:600;min-height:2.5rem;padding:.25rem 1.25rem;border:0;border-radius:2px;background:#2a6ebb;color:#fff;cursor:pointer}
button:hover{background:#003479}
.results,.timeline,.agenda{padding-left:0;list-style:none}
.results>li,.timeline>li,.agenda>li{border-bottom:1px solid #dfe1e3;padding:.5rem 0}
.meta{color:#4b4f55;margin:.25rem 0}
.facts{margin:0 0 1rem}
.facts>div{display:flex;flex-wrap:wrap;gap:0 .5rem}
.facts dt{font-weight:600}
.facts dt::after{content:":"}
.facts dd{margin:0;min-width:0}
.paging{display:flex;flex-wrap:wrap;gap:1rem}
@media (max-width:30rem){main{margin:0;border:0}h1{font-size:1.5rem}}
`;
