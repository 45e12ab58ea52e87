export interface EmbedCode {
  iframe: string;
  script: string;
}

/** Returns the embed code for an embed URL: an iframe, and a script that creates and resizes it. */
export function embedCode(embedUrl: string, scriptUrl: string, title: string): EmbedCode {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return {
    iframe: `<iframe src="${attr(embedUrl)}" title="${attr(title)}" width="100%" height="640" style="border:0;width:100%" loading="lazy"></iframe>`,
    script: `<div data-qantar-src="${attr(embedUrl)}" data-qantar-title="${attr(title)}"></div>\n<script src="${attr(scriptUrl)}" async></script>`,
  };
}
