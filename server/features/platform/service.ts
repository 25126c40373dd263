/** What other features may use of the platform feature: messaging a person on the platform they signed in with. */
export { notifyPerson } from './notify';
