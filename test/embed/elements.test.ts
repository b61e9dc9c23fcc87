import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { checkOptionValue, EMBEDDABLE_ELEMENTS, normaliseHexColor, propertyName, type ElementOption } from '../../src/embed/elements.js';

/** A value each kind of option accepts, and what the element's property becomes for it. */
function sample(option: ElementOption): { attribute: string; property: unknown } {
  const kind = option.kind;
  switch (kind.type) {
    case 'choice': {
      const value = kind.values.at(-1)!;
      return { attribute: value, property: option.propertyType === 'boolean' ? value === 'true' : value };
    }
    case 'flag':
      return { attribute: '', property: true };
    case 'integer':
      return { attribute: String(kind.min + 1), property: kind.min + 1 };
    case 'words':
      return option.propertyType === 'words-list'
        ? { attribute: 'alpha beta', property: ['alpha', 'beta'] }
        : { attribute: 'alpha beta', property: 'alpha beta' };
    case 'https-url':
      return { attribute: 'https://alliance.example/calendar.ics', property: 'https://alliance.example/calendar.ics' };
    default:
      return { attribute: 'lakeside', property: 'lakeside' };
  }
}

describe('embeddable element options', () => {
  for (const element of EMBEDDABLE_ELEMENTS) {
    it(`<${element.tag}> has every attribute the builder and the iframe page offer, with the property type the snippets assume`, () => {
      const constructor = customElements.get(element.tag) as typeof LitElement | undefined;
      expect(constructor, `${element.tag} is registered`).to.exist;
      const observed = constructor!.observedAttributes;
      for (const option of [...element.options, { attribute: 'theme', label: '', kind: { type: 'choice', values: ['dark'] } } as ElementOption]) {
        expect(observed, `<${element.tag}> observes ${option.attribute}`).to.include(option.attribute);
        const node = document.createElement(element.tag) as HTMLElement & Record<string, unknown>;
        const { attribute, property } = sample(option);
        node.setAttribute(option.attribute, attribute);
        expect(node[propertyName(option.attribute)], `${element.tag}.${propertyName(option.attribute)} from ${option.attribute}="${attribute}"`).to.deep.equal(property);
      }
    });
  }

  it('checks values the way the elements read them', () => {
    const [layout, limit, flag, words, url, lang, label] = [
      EMBEDDABLE_ELEMENTS[1]!.options.find((option) => option.attribute === 'layout')!,
      EMBEDDABLE_ELEMENTS[1]!.options.find((option) => option.attribute === 'limit')!,
      EMBEDDABLE_ELEMENTS[1]!.options.find((option) => option.attribute === 'exclude-current')!,
      EMBEDDABLE_ELEMENTS[1]!.options.find((option) => option.attribute === 'kinds')!,
      EMBEDDABLE_ELEMENTS[3]!.options.find((option) => option.attribute === 'calendar-url')!,
      { attribute: 'lang', label: 'Language', kind: { type: 'text', maxLength: 35 } } as ElementOption,
      EMBEDDABLE_ELEMENTS[2]!.options.find((option) => option.attribute === 'label')!,
    ];
    expect(checkOptionValue(layout, ' list ')).to.deep.equal({ value: 'list' });
    expect(checkOptionValue(layout, 'carousel')).to.have.property('problem').that.contains('grid, list, compact');
    expect(checkOptionValue(limit, '12')).to.deep.equal({ value: '12' });
    for (const bad of ['0', '-1', '1.5', '1e3', '99999999', 'ten']) expect(checkOptionValue(limit, bad), bad).to.have.property('problem');
    expect(checkOptionValue(flag, '')).to.deep.equal({ value: '' });
    expect(checkOptionValue(flag, 'false')).to.have.property('problem');
    expect(checkOptionValue(words, '  makerspace   studio ')).to.deep.equal({ value: 'makerspace studio' });
    expect(checkOptionValue(words, 'a"b <c>')).to.have.property('problem');
    expect(checkOptionValue(url, 'https://alliance.example/cal.ics')).to.deep.equal({ value: 'https://alliance.example/cal.ics' });
    for (const bad of ['http://alliance.example/cal.ics', 'javascript:alert(1)', 'https://user:pw@alliance.example/']) {
      expect(checkOptionValue(url, bad), bad).to.have.property('problem');
    }
    expect(checkOptionValue(lang, 'de-ch')).to.deep.equal({ value: 'de-ch' });
    expect(checkOptionValue(lang, 'not a language')).to.have.property('problem');
    expect(checkOptionValue(label, 'Get the pass')).to.deep.equal({ value: 'Get the pass' });
    expect(checkOptionValue(label, 'x'.repeat(61))).to.have.property('problem');
  });

  it('accepts colours only as #rrggbb', () => {
    expect(normaliseHexColor('#A1B2C3')).to.equal('#a1b2c3');
    expect(normaliseHexColor('a1b2c3')).to.equal('#a1b2c3');
    for (const bad of ['red', '#abc', 'url(x)', '#a1b2c3;background:red', '']) expect(normaliseHexColor(bad), bad).to.equal(null);
  });
});
