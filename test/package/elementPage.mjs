// The plain storefront page of the element consumer test (scripts/consumer-embed.mjs): no React,
// no bundler, one <script type="module"> for the standalone file, and a hostile stylesheet that
// would wreck any widget living in the page's own DOM (embed.md §2).

/** The page's own CSS; `hostile` adds the rule the shadow root must shrug off. */
export const pageCss = (hostile) => `body { font-family: serif; }
checkout-editor { --ce-accent: rgb(0, 100, 0); }
${hostile ? 'button, input, label, div { all: unset; font-size: 40px }\n' : ''}`;

/** The HTML of the page for a session (served with a strict CSP: no inline anything). */
export const elementPageHtml = ({
  sessionId,
  clientSecret,
  hostile,
  lang = 'en',
}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plain storefront</title>
    <link rel="stylesheet" href="/page${hostile ? '-hostile' : ''}.css" />
    <script type="module" src="/checkout-editor.standalone.js"></script>
  </head>
  <body>
    <div class="cart">
      <h1>Your order</h1>
      <checkout-editor
        session-id="${sessionId}"
        client-secret="${clientSecret}"
        api-base-url="/api"
        locale="en-US"
        lang="${lang}"
        preview-debounce-ms="100"
      ></checkout-editor>
    </div>
  </body>
</html>
`;
