import { expect } from '@open-wc/testing';
import { accentOn, contrastRatio, isHexColor, luminance, readableTextOn } from '../../src/shared/color.js';

describe('color', () => {
  it('measures the WCAG contrast ratios the guidelines quote', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#ffffff', '#ffffff')).to.be.closeTo(1, 1e-9);
    // #767676 is the classic "lightest grey that passes AA on white".
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
    expect(contrastRatio('#ffffff', '#767676')).to.equal(contrastRatio('#767676', '#ffffff'));
  });

  it('computes relative luminance at the ends and the middle', () => {
    expect(luminance('#000000')).to.equal(0);
    expect(luminance('#ffffff')).to.be.closeTo(1, 1e-9);
    expect(luminance('#808080')).to.be.closeTo(0.2158605, 1e-6);
  });

  it('puts black text on a light brand colour and white text on a dark one, always reaching AA', () => {
    expect(readableTextOn('#ffdd00')).to.equal('#000000');
    expect(readableTextOn('#1a237e')).to.equal('#ffffff');
    expect(readableTextOn('#ffffff')).to.equal('#000000');
    expect(readableTextOn('#000000')).to.equal('#ffffff');
    for (const brand of ['#ffdd00', '#1a237e', '#1f4e5f', '#e07a2e', '#2456d6', '#00ff00', '#ff0000']) {
      expect(contrastRatio(brand, readableTextOn(brand)), brand).to.be.at.least(4.5);
    }
  });

  it('keeps a brand accent only where it reaches the minimum contrast on the surface', () => {
    expect(accentOn('#1a237e', '#ffffff', '#1d4ed8')).to.equal('#1a237e');
    expect(accentOn('#ffdd00', '#ffffff', '#1d4ed8')).to.equal('#1d4ed8');
    expect(accentOn('#1a237e', '#161a22', '#9cc0ff')).to.equal('#9cc0ff');
    expect(accentOn('#767676', '#ffffff', '#000000', 4.5)).to.equal('#767676');
  });

  it('accepts only #rrggbb', () => {
    expect(isHexColor('#1A237e')).to.equal(true);
    for (const value of ['#fff', 'red', '#1a237e;color:red', 'rgb(0,0,0)', '', null, 42]) {
      expect(isHexColor(value), String(value)).to.equal(false);
    }
  });
});
