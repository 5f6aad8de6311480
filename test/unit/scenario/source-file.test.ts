import { expect } from "chai";
import { invalidUtf8Offset } from "../../../src/scenario/source-file.ts";

describe("reading scenario sources", () => {
  it("finds the first byte that is not well-formed UTF-8", () => {
    const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
    expect(invalidUtf8Offset(Buffer.from("héllo ✓ 𝄞"))).to.equal(Buffer.from("héllo ✓ 𝄞").length);
    expect(invalidUtf8Offset(bytes(0x61, 0xff))).to.equal(1);
    expect(invalidUtf8Offset(bytes(0x61, 0xc0, 0xaf)), "overlong /").to.equal(1);
    expect(invalidUtf8Offset(bytes(0xe0, 0x80, 0xaf)), "overlong three-byte").to.equal(0);
    expect(invalidUtf8Offset(bytes(0xed, 0xa0, 0x80)), "UTF-16 surrogate").to.equal(0);
    expect(invalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80)), "above U+10FFFF").to.equal(0);
    expect(invalidUtf8Offset(bytes(0x61, 0x62, 0xe2, 0x9c)), "cut short").to.equal(2);
  });
});
