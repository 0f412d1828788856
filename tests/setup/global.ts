import { writeMigratedImage } from "../fixtures/pglite-image";

export default async function setup(): Promise<void> {
  await writeMigratedImage();
}
