// Residents under 287(g) as a reader meets them: the about page's method and an agency page's line. Populations
// are quoted from the Census files in prisma/seed/census.
import { expect, test } from "@playwright/test";

test("the about page says how residents are counted, how many agencies count for nobody, and credits the Census Bureau", async ({ page }) => {
  await page.goto("/about#residents");
  await expect(page.getByRole("heading", { name: "How residents under 287(g) are counted" })).toBeVisible();
  const section = page.locator("section", { has: page.locator("#residents") });
  await expect(section).toContainText("Nobody is counted twice");
  await expect(section).toContainText("Jail Enforcement and Warrant Service Officer officers deal with people already booked into a jail");
  const uncounted = await page.getByTestId("uncounted-agencies").innerText();
  const [, none, all] = uncounted.match(/([\d,]+) of its ([\d,]+) agencies are counted for nobody/)!.map((s) => Number(s.replaceAll(",", "")));
  expect(none).toBeGreaterThan(0);
  expect(none).toBeLessThan(all / 5);
  await expect(page.getByText("Population: U.S. Census Bureau, Population Division, Vintage 2024 Population Estimates")).toBeVisible();
});

test("an agency page says whose residents its agreements count for", async ({ page }) => {
  await page.goto("/agencies/tx-nixon-police-department");
  // place_population_acs5_2023.csv: 4851588 Nixon city 2363.
  await expect(page.getByTestId("residents-counted")).toContainText("the residents of Nixon city: 2,363 people");
  await page.goto("/agencies/tx-harrison-county-sheriffs-office");
  // county_population.csv: 48203 Harrison County 71370.
  await expect(page.getByTestId("residents-counted")).toContainText("the residents of Harrison County: 71,370 people");
  await page.getByTestId("residents-counted").getByRole("link", { name: "how residents are counted" }).click();
  await expect(page).toHaveURL(/\/about#residents$/);
});
