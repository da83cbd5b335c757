import { describe, expect, it } from 'vitest';
import { escapeHtml, html, rawHtml } from '../../server/ui/html';

describe('html', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const evil = `<script>alert("x")</script>' onload='`;
    const out = html`<p title="${evil}">${evil}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;</p>',
    );
  });

  it('joins lists, drops empty values and keeps nested templates as markup', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}${undefined}${false}${null}</ul>`.value).toBe(
      '<ul><li>a&amp;b</li><li>c</li></ul>',
    );
  });

  it('passes markup through only when asked explicitly', () => {
    expect(html`${rawHtml('<b>')}`.value).toBe('<b>');
    expect(escapeHtml('&<>"\'')).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
