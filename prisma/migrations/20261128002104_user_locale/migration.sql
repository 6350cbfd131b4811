-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'id';

-- Only the languages the app has.
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IN ('id', 'en'));
