#pragma once

// The look of every HTML page Nomo Flow serves (the daemon's sign-in and OAuth pages,
// the console's loopback "signed in" page): DESIGN.md's palette and type, one centred
// card, no script. One copy, so the pages a merchant passes through on the way in
// look like one product.
namespace nomo::web {

inline constexpr char16_t kPageStyle[] = uR"CSS(
  body { font-family: "Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Sans", Tahoma, sans-serif; background: #F5F6F8;
         color: #1B2430; margin: 0; font-size: 15px; line-height: 1.6; }
  main { max-width: 26rem; margin: 4rem auto; background: #FFFFFF; border: 1px solid #E2E5EA; border-radius: 8px;
         padding: 2rem; }
  h1 { font-size: 1.35rem; font-weight: 600; margin-top: 0; }
  label { display: block; margin: 1rem 0 .4rem; font-weight: 600; }
  input[type=email] { width: 100%; box-sizing: border-box; padding: .7rem; font-size: 1rem;
         border: 1px solid #E2E5EA; border-radius: 8px; direction: ltr; }
  button { margin-top: 1.2rem; width: 100%; padding: .8rem; font-size: 1rem; border: 0; border-radius: 8px;
         background: #0E7C66; color: #FFFFFF; font-weight: 600; cursor: pointer; }
  button:hover { background: #0A5A4A; }
  .hint { color: #5B6675; font-size: .9rem; }
  .problem { color: #C5221F; }
  .lang { text-align: end; font-size: .9rem; }
  .brand { color: #0A5A4A; font-weight: 600; margin-bottom: 1rem; }
  .done { display: inline-block; background: #E6F4EA; color: #137333; border-radius: 999px; padding: .1rem .8rem;
         font-size: .9rem; margin-bottom: .8rem; }
  a { color: #0A5A4A; }
  a.salla { display: block; text-align: center; padding: .7rem; border: 1px solid #0E7C66; border-radius: 8px;
         color: #0A5A4A; text-decoration: none; }
)CSS";

} // namespace nomo::web
