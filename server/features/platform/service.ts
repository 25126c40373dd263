/** What other features may use of the platform feature: messaging a person on the platform they signed in with. */
export type { DigestEntry } from './digests';
export { notifyPerson } from './notify';
