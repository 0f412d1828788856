import { expect, expectAccessible, test } from "./fixtures";

// The check every other spec relies on: it must fail where axe finds a violation.
test("the accessibility check fails on a page with an image without a text alternative", async ({ page }) => {
  await page.setContent(
    '<html lang="nl"><head><title>Proef</title></head><body><main><img src="data:,"></main></body></html>',
  );
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);
  await page.setContent(
    '<html lang="nl"><head><title>Proef</title></head><body><main><img src="data:," alt="Logo"></main></body></html>',
  );
  await expectAccessible(page);
});
